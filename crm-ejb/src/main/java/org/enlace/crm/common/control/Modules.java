package org.enlace.crm.common.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;

/** Every record module's definition, found once through the declarations the features register. */
public final class Modules {

    private static final class Loaded {
        static final Map<CrmModule, ModuleDefinition> ALL = load();
    }

    private Modules() {}

    private static Map<CrmModule, ModuleDefinition> load() {
        Map<CrmModule, ModuleDefinition> all = new EnumMap<>(CrmModule.class);
        for (ModuleDeclaration declaration :
                ServiceLoader.load(ModuleDeclaration.class, ModuleDeclaration.class.getClassLoader())) {
            ModuleDefinition definition = declaration.definition();
            if (all.put(definition.module(), definition) != null) {
                throw new IllegalStateException("Two definitions of " + definition.module());
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** The module's definition; every module has one. */
    public static ModuleDefinition of(CrmModule module) {
        ModuleDefinition definition = module == null ? null : Loaded.ALL.get(module);
        if (definition == null) {
            throw new IllegalArgumentException("No definition of " + module);
        }
        return definition;
    }

    /** The definition of a record's module. */
    public static ModuleDefinition of(OwnedEntity record) {
        for (ModuleDefinition definition : Loaded.ALL.values()) {
            if (definition.type().isInstance(record)) {
                return definition;
            }
        }
        throw new IllegalArgumentException("No definition of " + record.getClass());
    }

    /** Whether records of the module can be exported and imported (it declares CSV columns). */
    public static boolean supportsCsv(CrmModule module) {
        return module != null
                && Loaded.ALL.containsKey(module)
                && !Loaded.ALL.get(module).columns().isEmpty();
    }

    /** The modules with CSV columns, in menu order. */
    public static List<CrmModule> withCsv() {
        List<CrmModule> modules = new ArrayList<>();
        for (CrmModule module : CrmModule.values()) {
            if (supportsCsv(module)) {
                modules.add(module);
            }
        }
        return modules;
    }
}
