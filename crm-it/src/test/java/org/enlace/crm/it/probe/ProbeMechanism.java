package org.enlace.crm.it.probe;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.enlace.crm.security.boundary.Authenticator;

/**
 * HTTP Basic for the probe, checked by the CRM's own Authenticator. Deliberately no IdentityStore
 * bean: on Payara a second application's identity store joined the staff app's store handler.
 */
@ApplicationScoped
public class ProbeMechanism implements HttpAuthenticationMechanism {

    @EJB
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            String[] credentials =
                    new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            if (credentials.length == 2) {
                var user = authenticator.authenticate(credentials[0], credentials[1].toCharArray());
                if (user.isPresent()) {
                    return context.notifyContainerAboutLogin(
                            user.get().username(), user.get().groups());
                }
            }
        }
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
}
