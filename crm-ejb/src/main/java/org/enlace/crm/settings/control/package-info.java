/** The settings every request reads (cached against one revision row), module guards, picklist value moves. */
package org.enlace.crm.settings.control;
