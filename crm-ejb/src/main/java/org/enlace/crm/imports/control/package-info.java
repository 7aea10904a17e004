/** Importar y exportar: the columns each module declares, CSV cells, the export's chunks. */
package org.enlace.crm.imports.control;
