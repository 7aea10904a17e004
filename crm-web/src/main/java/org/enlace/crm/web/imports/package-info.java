/** Herramientas > Importar: the import wizard, its progress and results. */
package org.enlace.crm.web.imports;
