package org.enlace.crm.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.web.common.Messages;

/** The login form: hands the credential to our mechanism through the security context. */
@Named
@RequestScoped
public class LoginView {

    @NotBlank
    @Size(max = User.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(StaffAuthenticationMechanism.continueTo(request));
            faces.responseComplete();
        } else {
            // a failed check answers 401 on the response; the page is still shown with the message
            ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
            messages.error(
                    null,
                    request.getAttribute(StaffAuthenticationMechanism.THROTTLED) != null
                            ? "login.throttled"
                            : "login.failed");
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + "?bye=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
