package org.enlace.crm.contact.control;

import org.enlace.crm.contact.entity.Contact;

/** A contact was made a portal user (Usuario de portal); notifications send the invitation. */
public record PortalAccessGranted(Contact contact) {}
