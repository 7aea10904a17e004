/** Infrastructure shared by all features: schema migrations, data source lookup, paging. */
package org.enlace.crm.common.control;
