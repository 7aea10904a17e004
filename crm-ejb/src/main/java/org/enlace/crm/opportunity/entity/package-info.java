/** Oportunidades: the opportunity and its invariants (closing is recorded with its date). */
package org.enlace.crm.opportunity.entity;
