/** Entry points for listing, reading, creating, changing and deleting contacts. */
package org.enlace.crm.contact.boundary;
