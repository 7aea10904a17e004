package org.enlace.crm.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.enlace.crm.security.boundary.PasswordService;
import org.enlace.crm.web.common.Messages;

/** Mi cuenta: the signed-in user changes his password, knowing the current one. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordService passwords;

    @Inject
    Messages messages;

    private String current;
    private String password;
    private String confirmation;

    public void changePassword() {
        if (!password.equals(confirmation)) {
            messages.error("password:confirmation", "crm.password.mismatch");
            return;
        }
        passwords.changeOwn(current, password);
        messages.info(null, "password.changed");
        current = null;
        password = null;
        confirmation = null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
