package org.enlace.crm.record.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.enlace.crm.common.entity.CrmModule;

/**
 * A module's new records dealt in turns among the active members of a group (Configuración >
 * Módulos): the group, and whose turn is next.
 */
@Entity
@Table(name = "crm_round_robin")
public class RoundRobin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CrmModule module;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    /** How many records it has dealt: the next goes to member (turn mod members). */
    @Column(nullable = false)
    private long turn;

    @Version
    private long version;

    protected RoundRobin() {}

    public RoundRobin(CrmModule module, long groupId) {
        this.module = module;
        this.groupId = groupId;
    }

    public CrmModule getModule() {
        return module;
    }

    public long getGroupId() {
        return groupId;
    }

    public void dealTo(long groupId) {
        this.groupId = groupId;
    }

    /** Takes the next turn among count members: the index of the one whose turn it is. */
    public int next(int count) {
        int index = (int) (turn % count);
        turn++;
        return index;
    }
}
