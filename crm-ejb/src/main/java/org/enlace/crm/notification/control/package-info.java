/** Notificaciones: queuing in the business transaction, template merging, the timer that delivers. */
package org.enlace.crm.notification.control;
