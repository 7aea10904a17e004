package org.enlace.crm.security.control;

import java.time.Instant;
import org.enlace.crm.security.entity.User;

/** A staff user was given a single-use set-password link (welcome or reset); notifications mail it. */
public record PasswordLinkIssued(User user, String token, Instant expires, boolean reset) {}
