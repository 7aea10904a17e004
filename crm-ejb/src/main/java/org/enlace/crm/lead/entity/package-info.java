/** Prospectos: the lead and its invariants. */
package org.enlace.crm.lead.entity;
