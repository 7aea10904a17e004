package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.web.common.Messages;

/** Configuración > Usuarios: the list and a form to add a plain user. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @Inject
    Messages messages;

    private List<User> all;
    private NewUser form = new NewUser();

    @PostConstruct
    void load() {
        all = users.findAll();
    }

    public void create() {
        User created = users.create(form);
        messages.info(null, "users.created", created.getUsername());
        form = new NewUser();
        load();
    }

    public List<User> getAll() {
        return all;
    }

    public NewUser getForm() {
        return form;
    }
}
