package org.enlace.crm.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.enlace.crm.security.boundary.Authenticator;

/** Checks staff credentials against the CRM's users table. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator
                .authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), user.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
