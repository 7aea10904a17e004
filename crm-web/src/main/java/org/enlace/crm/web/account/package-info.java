/** Cuentas pages: list, detail with its contacts, create and edit. */
package org.enlace.crm.web.account;
