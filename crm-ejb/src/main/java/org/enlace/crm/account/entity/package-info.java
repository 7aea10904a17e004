/** Accounts (Cuentas): the companies the business deals with. */
package org.enlace.crm.account.entity;
