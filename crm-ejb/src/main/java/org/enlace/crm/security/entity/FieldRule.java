package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.enlace.crm.common.entity.CrmModule;

/** A field a profile hides or makes read-only; fields without a rule are writable. */
@Embeddable
public class FieldRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CrmModule module;

    @Column(nullable = false, length = 60)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FieldAccess access;

    protected FieldRule() {}

    public FieldRule(CrmModule module, String field, FieldAccess access) {
        if (!module.hasField(field)) {
            throw new IllegalArgumentException("No field " + field + " in " + module);
        }
        if (access == FieldAccess.HIDDEN && module.isMandatory(field)) {
            throw new IllegalArgumentException("A mandatory field cannot be hidden");
        }
        this.module = module;
        this.field = field;
        this.access = access;
    }

    public CrmModule getModule() {
        return module;
    }

    public String getField() {
        return field;
    }

    public FieldAccess getAccess() {
        return access;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldRule r && r.module == module && r.field.equals(field) && r.access == access;
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, field, access);
    }
}
