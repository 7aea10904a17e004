/** Configuración pages for administrators. */
package org.enlace.crm.web.admin;
