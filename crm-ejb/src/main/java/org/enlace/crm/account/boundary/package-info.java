/** Entry points for listing, reading, creating, changing and deleting accounts. */
package org.enlace.crm.account.boundary;
