/** Oportunidades: list, pipeline, detail and edit pages, drawn from the module's definition. */
package org.enlace.crm.web.opportunity;
