/** Configuración: picklists, modules, company details, numbering, currencies. */
package org.enlace.crm.settings.entity;
