/** Importar: an import with its settings and counts, its rejected rows, what it overwrote. */
package org.enlace.crm.imports.entity;
