package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * Who a record is assigned to: a user or a group. Records point here, so lists show the owner's
 * name with one join whatever kind of owner it is.
 */
@Entity
@Table(name = "crm_owner")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 10)
public abstract class Owner extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 120;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    protected Owner() {}

    protected Owner(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    protected void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
