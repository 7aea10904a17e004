/** Oportunidades: the module's definition, boundary and pipeline. */
package org.enlace.crm.opportunity.boundary;
