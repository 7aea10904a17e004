package org.enlace.crm.common.boundary;

/** The caller may see the record (or the module) but not do this with it. Nothing was changed. */
public class NotAllowedException extends CrmException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException() {
        super("crm.error.notAllowed", null);
    }
}
