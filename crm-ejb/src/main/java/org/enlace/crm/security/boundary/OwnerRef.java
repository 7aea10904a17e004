package org.enlace.crm.security.boundary;

import java.io.Serializable;

/** A user or group a record can be assigned to, as pickers show it. */
public record OwnerRef(long id, String name) implements Serializable {}
