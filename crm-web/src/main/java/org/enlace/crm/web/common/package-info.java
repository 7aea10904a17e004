/** What every page shares: messages, exception translation, the menu. */
package org.enlace.crm.web.common;
