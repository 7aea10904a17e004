/** Contactos pages: list, detail, create and edit. */
package org.enlace.crm.web.contact;
