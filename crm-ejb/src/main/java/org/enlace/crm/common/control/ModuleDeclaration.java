package org.enlace.crm.common.control;

/**
 * How a feature makes its record module known: one class per module, named in
 * {@code META-INF/services/org.enlace.crm.common.control.ModuleDeclaration}, so that nothing
 * shared (imports, exports, access rules, notifications) has to name the features.
 */
public interface ModuleDeclaration {

    ModuleDefinition definition();
}
