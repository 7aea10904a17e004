/** Configuración services: administrators change, everyone reads what pages show. */
package org.enlace.crm.settings.boundary;
