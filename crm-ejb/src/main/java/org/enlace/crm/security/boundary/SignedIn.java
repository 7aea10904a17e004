package org.enlace.crm.security.boundary;

import java.io.Serializable;
import java.util.Set;

/** What the web layer keeps in the session about the signed-in user. */
public record SignedIn(String username, String displayName, Set<String> groups, String securityStamp, String language)
        implements Serializable {}
