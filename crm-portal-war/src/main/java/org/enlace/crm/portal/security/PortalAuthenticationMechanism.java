package org.enlace.crm.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's own authentication mechanism, separate from the staff app's: portal contacts are
 * not staff users. The portal has only public pages so far, so every request stays anonymous;
 * the contacts' sign-in (with the portal user flag and the support dates) plugs in here. Each WAR
 * of the EAR needs a mechanism bean once one of them uses Jakarta Security (WildFly looks one up
 * for every module).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
}
