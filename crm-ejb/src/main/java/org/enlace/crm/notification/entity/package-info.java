/** Notificaciones: the mail outbox, templates per event and language, delivery settings. */
package org.enlace.crm.notification.entity;
