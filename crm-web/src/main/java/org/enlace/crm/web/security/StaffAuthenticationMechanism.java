package org.enlace.crm.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.enlace.crm.security.boundary.Authenticator;
import org.enlace.crm.security.boundary.SignedIn;
import org.enlace.crm.security.entity.LoginEvent;

/**
 * Our own form login. The built-in form mechanism restores only the caller name from the session,
 * which on Payara leaves EJB role checks without groups; this one keeps name and groups in the
 * session and hands both to the container on every request. It also checks the user's security
 * stamp, so a deactivated or demoted user loses access on his next request.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SignedIn.class.getName();
    static final String CONTINUE_TO = StaffAuthenticationMechanism.class.getName() + ".continue";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute set when a sign-in was held back by throttling. */
    static final String THROTTLED = StaffAuthenticationMechanism.class.getName() + ".throttled";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        Optional<SignedIn> signedIn = fromSession(request);
        if (signedIn.isPresent()) {
            SignedIn user = signedIn.get();
            if (authenticator.isCurrent(user.username(), user.securityStamp())) {
                return context.notifyContainerAboutLogin(user.username(), user.groups());
            }
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            rememberWhereTo(request);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String name = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
        String address = request.getRemoteAddr();
        if (authenticator.throttled(name, address)) {
            // checked before the password, so guessing on gets no answer at all
            authenticator.record(name, address, LoginEvent.Result.THROTTLED);
            request.setAttribute(THROTTLED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        Optional<SignedIn> user = result.getStatus() == CredentialValidationResult.Status.VALID
                ? authenticator.profile(result.getCallerPrincipal().getName())
                : Optional.empty();
        authenticator.record(name, address, user.isPresent() ? LoginEvent.Result.SUCCESS : LoginEvent.Result.FAILED);
        if (user.isEmpty()) {
            // no sendError: the login page is rendered again with its message
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(SIGNED_IN, user.get());
        return context.notifyContainerAboutLogin(
                user.get().username(), user.get().groups());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    static Optional<SignedIn> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedIn) session.getAttribute(SIGNED_IN));
    }

    private static void rememberWhereTo(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && request.getHeader("Faces-Request") == null) {
            String query = request.getQueryString();
            String target =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (query == null ? "" : "?" + query);
            request.getSession(true).setAttribute(CONTINUE_TO, target);
        }
    }

    /** Where to go after signing in: the page first asked for, only ever inside this app. */
    static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(CONTINUE_TO);
        if (session != null) {
            session.removeAttribute(CONTINUE_TO);
        }
        String path = target instanceof String s && s.startsWith("/") && !s.startsWith("//") ? s : "/index.xhtml";
        return request.getContextPath() + path;
    }
}
