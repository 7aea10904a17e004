/** Password hashing and the creation of the first administrator. */
package org.enlace.crm.security.control;
