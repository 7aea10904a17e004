/** The one save path of record modules and the events it raises. */
package org.enlace.crm.record.control;
