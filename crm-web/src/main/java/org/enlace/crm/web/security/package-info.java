/** Staff sign-in: the form mechanism, the identity store over the users table, the session's user. */
package org.enlace.crm.web.security;
