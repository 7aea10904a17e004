/** Importar y exportar: CSV export of a list (import follows on Jakarta Batch). */
package org.enlace.crm.imports.boundary;
