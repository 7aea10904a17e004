/** Notificaciones: Configuración > Correo saliente and Plantillas de correo, and the mails a record received. */
package org.enlace.crm.notification.boundary;
