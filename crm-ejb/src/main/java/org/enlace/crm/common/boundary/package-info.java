/** The exceptions boundaries throw and the web apps translate into messages. */
package org.enlace.crm.common.boundary;
