/** The boundary every record module shares: list, read, create, change, delete, fields. */
package org.enlace.crm.record.boundary;
