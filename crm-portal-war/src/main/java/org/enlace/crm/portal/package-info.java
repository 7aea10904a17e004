/** The customer portal, where contacts with portal access follow their tickets and documents. */
package org.enlace.crm.portal;
