package org.enlace.crm.common.boundary;

/** Someone else changed the record since the caller loaded it. */
public class ConflictException extends CrmException {

    private static final long serialVersionUID = 1L;

    public ConflictException() {
        super("crm.error.conflict", null);
    }
}
