package org.enlace.crm.web.common;

import jakarta.faces.context.FacesContext;
import org.enlace.crm.common.boundary.NotFoundException;

/** What detail and edit pages share when they load a record from the URL. */
public final class Pages {

    private Pages() {}

    /** A detail page without a record id shows "not found", as for an unknown record. */
    public static long requireId(Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    /** Keeps messages across the redirect after a save or a delete. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
