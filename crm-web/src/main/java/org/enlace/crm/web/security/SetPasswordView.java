package org.enlace.crm.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.enlace.crm.security.boundary.PasswordService;
import org.enlace.crm.web.common.Messages;

/** The page a set-password link opens: no sign-in needed, the link is the proof. */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordService passwords;

    @Inject
    Messages messages;

    private String token;
    private boolean usable;
    private String password;
    private String confirmation;

    public void load() {
        usable = token != null && token.length() <= 100 && passwords.isUsable(token);
    }

    public void save() throws IOException {
        if (!password.equals(confirmation)) {
            messages.error("setPassword:confirmation", "crm.password.mismatch");
            return;
        }
        passwords.setWithLink(token, password);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext()
                .redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml?password=set");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
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
