package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.enlace.crm.common.entity.BaseEntity;
import org.enlace.crm.common.entity.CrmModule;

/**
 * "Records of the module owned by (role / role and subordinates / group) X are shared with
 * (role / role and subordinates / group) Y, read-only or read-write."
 */
@Entity
@Table(name = "crm_sharing_rule")
@NamedQuery(
        name = SharingRule.FIND_BY_MODULE,
        query = "select r from SharingRule r where r.module = :module order by r.id")
@NamedQuery(name = SharingRule.FIND_ALL, query = "select r from SharingRule r order by r.module, r.id")
public class SharingRule extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_MODULE = "SharingRule.findByModule";
    public static final String FIND_ALL = "SharingRule.findAll";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CrmModule module;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 30)
    private PartyKind sourceKind;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 30)
    private PartyKind targetKind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RuleAccess access;

    protected SharingRule() {}

    public SharingRule(
            CrmModule module,
            PartyKind sourceKind,
            long sourceId,
            PartyKind targetKind,
            long targetId,
            RuleAccess access) {
        if (sourceKind == PartyKind.USER || targetKind == PartyKind.USER) {
            throw new IllegalArgumentException("A rule shares between roles and groups");
        }
        this.module = module;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.access = access;
    }

    public void setAccess(RuleAccess access) {
        this.access = access;
    }

    public CrmModule getModule() {
        return module;
    }

    public PartyKind getSourceKind() {
        return sourceKind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public PartyKind getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public RuleAccess getAccess() {
        return access;
    }
}
