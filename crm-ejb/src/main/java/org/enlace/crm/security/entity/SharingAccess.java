package org.enlace.crm.security.entity;

/** A module's organisation-wide default: what everyone may do with records he does not own. */
public enum SharingAccess {
    PRIVATE,
    PUBLIC_READ,
    PUBLIC_READ_WRITE,
    PUBLIC_READ_WRITE_DELETE;

    public boolean reads() {
        return this != PRIVATE;
    }

    public boolean writes() {
        return this == PUBLIC_READ_WRITE || this == PUBLIC_READ_WRITE_DELETE;
    }

    public boolean deletes() {
        return this == PUBLIC_READ_WRITE_DELETE;
    }

    /** The more private of the two. */
    public SharingAccess atMost(SharingAccess other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
