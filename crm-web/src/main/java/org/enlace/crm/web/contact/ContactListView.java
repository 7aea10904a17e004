package org.enlace.crm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactRow;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Contactos: the list. */
@Named
@ViewScoped
public class ContactListView extends ListPage<ContactRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    ContactService contacts;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.CONTACTS;
    }

    @Override
    protected LazyList<ContactRow> createModel() {
        return new LazyList<>(contacts::rows, contacts::count);
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(contacts.fieldRules());
        }
        return fields;
    }
}
