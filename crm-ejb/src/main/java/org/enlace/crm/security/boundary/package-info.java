/** Entry points for signing in and for managing users. */
package org.enlace.crm.security.boundary;
