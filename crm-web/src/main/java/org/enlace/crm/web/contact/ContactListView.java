package org.enlace.crm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.enlace.crm.contact.boundary.ContactRow;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.web.common.LazyList;

/** Contactos: the list. */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContactService contacts;

    private LazyList<ContactRow> model;

    public LazyList<ContactRow> getModel() {
        if (model == null) {
            model = new LazyList<>(contacts::rows, contacts::count);
        }
        return model;
    }
}
