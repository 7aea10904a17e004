package org.enlace.crm.common.boundary;

/** The record does not exist, or the caller may not know that it does. */
public class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("crm.error.notFound", null);
    }
}
