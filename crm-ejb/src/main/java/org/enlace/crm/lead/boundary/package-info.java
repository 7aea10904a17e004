/** Prospectos: the module's definition and boundary. */
package org.enlace.crm.lead.boundary;
