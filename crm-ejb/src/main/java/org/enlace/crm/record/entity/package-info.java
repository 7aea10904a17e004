/** What the shared record machinery keeps: the round-robin assignment of new records. */
package org.enlace.crm.record.entity;
