package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A business record assigned to a user or a group, who has every right on it. */
@MappedSuperclass
public abstract class OwnedEntity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Owner owner;

    /** The same column, read only: lets a query read the id without joining (exports). */
    @Column(name = "owner_id", insertable = false, updatable = false)
    private Long ownerKey;

    /** The import that created the record, if one did (undo removes exactly these). */
    @Column(name = "import_id", updatable = false)
    private Long importId;

    /** The number the CRM gives the record (ACC-1, CON-1...). */
    public abstract String getNumber();

    /** Gives the record its number, once, when it is created. */
    public abstract void numberAs(String number);

    /** What a person calls the record: its name, a contact's full name. */
    public abstract String recordName();

    public Long getImportId() {
        return importId;
    }

    public void createdByImport(long importId) {
        this.importId = importId;
    }

    public Owner getOwner() {
        return owner;
    }

    public void assignTo(Owner owner) {
        if (owner == null) {
            throw new IllegalArgumentException("A record always has an owner");
        }
        this.owner = owner;
    }
}
