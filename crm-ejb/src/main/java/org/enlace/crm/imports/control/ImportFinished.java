package org.enlace.crm.imports.control;

import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.security.entity.User;

/** A long import finished; notifications tell its user. */
public record ImportFinished(User user, ImportRun run) {}
