/** What every business record shares: identity, optimistic version, audit stamps and the owner. */
package org.enlace.crm.common.entity;
