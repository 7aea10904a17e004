/** Contacts (Contactos): people, each belonging to an account. */
package org.enlace.crm.contact.entity;
