/** Configuración > Correo saliente and Plantillas de correo. */
package org.enlace.crm.web.notification;
