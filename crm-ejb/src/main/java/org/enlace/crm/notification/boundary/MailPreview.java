package org.enlace.crm.notification.boundary;

import java.io.Serializable;

/** A template merged with a sample record: what the recipient would read. */
public record MailPreview(String subject, String html, String text) implements Serializable {}
