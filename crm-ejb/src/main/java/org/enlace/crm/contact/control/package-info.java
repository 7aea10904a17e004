/** Contactos: what a contact's save announces. */
package org.enlace.crm.contact.control;
