/** Portal del cliente: the contacts' portal accounts (the portal pages come in the portal WAR). */
package org.enlace.crm.portal.entity;
