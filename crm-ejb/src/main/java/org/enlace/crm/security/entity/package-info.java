/** Users, groups and the owner a record is assigned to; the container roles. */
package org.enlace.crm.security.entity;
