package org.enlace.crm.common.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.CsvColumn;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.Field;
import org.enlace.crm.common.boundary.FieldType;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.boundary.ImportField;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;

/**
 * Everything the shared parts of the CRM need to know about a record module, declared once in
 * the module's own package: its fields (in form blocks), the field names the profiles' rules
 * speak of, its list query (columns, sort allow-list, quick search), its number sequence and
 * table, the records its rows point to, its CSV columns and the links an import can fill, how
 * duplicates are found, and the tables holding rows that belong to a record (an undo removes
 * them with it). Forms, detail pages, lists, import, export, the field rules, the module manager
 * and the notifications read it.
 */
public final class ModuleDefinition {

    /**
     * How an import finds the existing records a row may repeat, by one key: the row's property
     * whose values are looked up, the column and index that find them, and what the lookup reads
     * back to compare (the column itself, or an expression for a key of several columns).
     */
    public record KeyIndex(String property, String column, String index, String select) implements Serializable {

        public KeyIndex(String property, String column, String index) {
            this(property, column, index, column);
        }
    }

    /**
     * A record the module's rows point to (its account, owner, parent...), read for a whole chunk
     * of rows by id instead of joined: alias as the columns' paths use it, the path of its id on
     * the module's entity, and the entity read.
     */
    public record Lookup(String alias, String foreignKey, String entity) implements Serializable {

        /** The name of the link, from its key: c.accountKey is "account". */
        public String link() {
            String property = foreignKey.substring(foreignKey.indexOf('.') + 1);
            return property.substring(0, property.length() - "Key".length());
        }

        /** Whether the column reads from this record. */
        public boolean serves(CsvColumn column) {
            return column.path().matches("(?s).*\\b" + alias + "\\..*");
        }
    }

    private final CrmModule module;
    private final Class<? extends OwnedEntity> type;
    private final String alias;
    private final String path;
    private final String labelPrefix;
    private final String entityName;
    private final ListQuery<?> list;
    private final List<FormBlock> blocks;
    private final List<String> mandatoryFields;
    private final List<String> optionalFields;
    private final List<Lookup> lookups;
    private final List<CsvColumn> columns;
    private final Set<String> importedLinks;
    private final String sequence;
    private final String table;
    private final Map<DuplicateKey, KeyIndex> duplicateKeys;
    private final List<String> dependents;
    private final CrmModule privacyFrom;
    private final boolean canTurnOff;
    private final String refName;

    private ModuleDefinition(Builder b) {
        this.module = b.module;
        this.type = b.type;
        this.alias = b.alias;
        this.path = b.path;
        this.labelPrefix = b.path + ".";
        this.entityName = b.type.getSimpleName();
        this.list = b.list;
        this.blocks = List.copyOf(b.blocks);
        List<String> mandatory = new ArrayList<>(b.mandatory);
        List<String> optional = new ArrayList<>(b.optional);
        for (FormBlock block : blocks) {
            for (Field field : block.fields()) {
                (field.required() ? mandatory : optional).add(field.name());
            }
        }
        this.mandatoryFields = List.copyOf(new LinkedHashSet<>(mandatory));
        this.optionalFields = List.copyOf(new LinkedHashSet<>(optional));
        this.lookups = List.copyOf(b.lookups);
        List<CsvColumn> csv = new ArrayList<>(b.columns);
        if (b.csvFromFields) {
            csv.add(CsvColumn.text(alias + ".number", null, labelPrefix + "number"));
            for (FormBlock block : blocks) {
                for (Field field : block.fields()) {
                    csv.addAll(columnsOf(field));
                }
            }
            csv.addAll(b.trailing);
        }
        this.columns = List.copyOf(csv);
        this.importedLinks = Set.copyOf(b.importedLinks);
        this.sequence = b.sequence;
        this.table = b.table;
        this.duplicateKeys = Map.copyOf(b.duplicateKeys);
        this.dependents = List.copyOf(b.dependents);
        this.privacyFrom = b.privacyFrom;
        this.canTurnOff = b.canTurnOff;
        this.refName = b.refName;
    }

    private List<CsvColumn> columnsOf(Field field) {
        String property = alias + "." + field.name();
        if (field.type() == FieldType.ADDRESS) {
            return address(property, field.name(), field.labelKey());
        }
        CsvColumn.Kind kind = switch (field.type()) {
            case PICKLIST -> CsvColumn.Kind.PICKLIST;
            case CHECKBOX -> CsvColumn.Kind.YES_NO;
            case DATE -> CsvColumn.Kind.DATE;
            case INTEGER, DECIMAL -> CsvColumn.Kind.NUMBER;
            case CUSTOM -> null;
            default -> CsvColumn.Kind.TEXT;
        };
        if (kind == null) {
            return List.of();
        }
        return List.of(new CsvColumn(property, field.name(), kind, field.picklist(), List.of(field.labelKey())));
    }

    /** The five CSV columns of an address, headed "Dirección - Ciudad"... */
    public static List<CsvColumn> address(String path, String field, String sectionKey) {
        List<CsvColumn> parts = new ArrayList<>();
        for (String part : List.of("street", "city", "state", "postalCode", "country")) {
            parts.add(CsvColumn.text(path + "." + part, field, sectionKey, "address." + part));
        }
        return parts;
    }

    public static Builder of(CrmModule module, Class<? extends OwnedEntity> type, String alias, String path) {
        return new Builder(module, type, alias, path);
    }

    public CrmModule module() {
        return module;
    }

    public Class<? extends OwnedEntity> type() {
        return type;
    }

    /** The alias of the module's entity in its list query ({@code c} for Contact c). */
    public String alias() {
        return alias;
    }

    /** The path of the owner's id for the access control's condition. */
    public String ownerPath() {
        return alias + ".owner.id";
    }

    /** The folder of the module's pages in the staff app ({@code lead}: /lead/view.xhtml). */
    public String path() {
        return path;
    }

    /** The prefix of the module's labels in the bundles ({@code lead.}). */
    public String labelPrefix() {
        return labelPrefix;
    }

    /** The JPQL entity of the module's records. */
    public String entityName() {
        return entityName;
    }

    public ListQuery<?> list() {
        return list;
    }

    /** The form's blocks with their fields (empty for a module whose pages draw their own). */
    public List<FormBlock> blocks() {
        return blocks;
    }

    /** The declared field of that name, if the module declares its fields. */
    public Field field(String name) {
        for (FormBlock block : blocks) {
            for (Field field : block.fields()) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** The fields a record needs: never hidden by a profile. */
    public List<String> mandatoryFields() {
        return mandatoryFields;
    }

    /** The fields a profile can hide or make read-only. */
    public List<String> optionalFields() {
        return optionalFields;
    }

    public List<Lookup> lookups() {
        return lookups;
    }

    public List<CsvColumn> columns() {
        return columns;
    }

    public Set<String> importedLinks() {
        return importedLinks;
    }

    public String sequence() {
        return sequence;
    }

    public String table() {
        return table;
    }

    public Map<DuplicateKey, KeyIndex> duplicateKeys() {
        return duplicateKeys;
    }

    public List<String> dependents() {
        return dependents;
    }

    /** The module whose privacy this one inherits (Contacts follow Accounts), or null. */
    public CrmModule privacyFrom() {
        return privacyFrom;
    }

    /** Whether Configuración > Módulos can turn it off (Accounts are the core and stay on). */
    public boolean canTurnOff() {
        return canTurnOff;
    }

    /**
     * The projection that reads a record as a link shows it ({@code RecordRef}: id, number, name),
     * or null when other records cannot link to this module.
     */
    public String refProjection() {
        return refName == null
                ? null
                : "new org.enlace.crm.common.boundary.RecordRef(" + alias + ".id, " + alias + ".number, " + refName
                        + ")";
    }

    /** The fields of the blocks that link to other records. */
    public List<Field> links() {
        List<Field> links = new ArrayList<>();
        for (FormBlock block : blocks) {
            for (Field field : block.fields()) {
                if (field.type() == FieldType.LINK) {
                    links.add(field);
                }
            }
        }
        return links;
    }

    /** Whether duplicates can be looked for by the key in this module. */
    public boolean finds(DuplicateKey key) {
        return duplicateKeys.containsKey(key);
    }

    /**
     * The fields an import can fill: the module's own columns (not its number, which the CRM
     * gives) by their property path, and the links it declares importable (a contact's account by
     * name or number, any record's owner).
     */
    public List<ImportField> importFields() {
        List<ImportField> fields = new ArrayList<>();
        for (CsvColumn column : columns) {
            String p = column.path();
            if (p.matches(alias + "\\.[A-Za-z.]+") && column.field() != null) {
                String property = p.substring(alias.length() + 1);
                fields.add(new ImportField(property, column, ImportField.Target.PROPERTY));
                continue;
            }
            for (Lookup lookup : lookups) {
                if (lookup.serves(column) && p.matches(lookup.alias() + "\\.[A-Za-z]+")) {
                    String key = lookup.link() + p.substring(lookup.alias().length());
                    if (importedLinks.contains(key)) {
                        fields.add(new ImportField(key, column, ImportField.Target.of(key)));
                    }
                }
            }
        }
        return List.copyOf(fields);
    }

    public static final class Builder {
        private final CrmModule module;
        private final Class<? extends OwnedEntity> type;
        private final String alias;
        private final String path;
        private ListQuery<?> list;
        private final List<FormBlock> blocks = new ArrayList<>();
        private final List<String> mandatory = new ArrayList<>();
        private final List<String> optional = new ArrayList<>();
        private final List<Lookup> lookups = new ArrayList<>();
        private final List<CsvColumn> columns = new ArrayList<>();
        private final List<CsvColumn> trailing = new ArrayList<>();
        private boolean csvFromFields;
        private final Set<String> importedLinks = new LinkedHashSet<>();
        private String sequence;
        private String table;
        private final Map<DuplicateKey, KeyIndex> duplicateKeys = new LinkedHashMap<>();
        private final List<String> dependents = new ArrayList<>();
        private CrmModule privacyFrom;
        private boolean canTurnOff = true;
        private String refName;

        private Builder(CrmModule module, Class<? extends OwnedEntity> type, String alias, String path) {
            this.module = module;
            this.type = type;
            this.alias = alias;
            this.path = path;
        }

        public Builder list(ListQuery<?> list) {
            this.list = list;
            return this;
        }

        /** A block of the form: its title's key and its fields, labelled {@code <path>.<field>}. */
        public Builder block(String labelKey, Field... fields) {
            List<Field> labelled = new ArrayList<>();
            for (Field field : fields) {
                labelled.add(field.in(labelKey, path + "."));
            }
            blocks.add(new FormBlock(labelKey, List.copyOf(labelled)));
            return this;
        }

        /**
         * The field names the profiles' rules speak of, for a module whose pages are drawn by
         * hand (they do not declare their fields as blocks).
         */
        public Builder rules(List<String> mandatoryFields, List<String> optionalFields) {
            mandatory.addAll(mandatoryFields);
            optional.addAll(optionalFields);
            return this;
        }

        public Builder lookup(String lookupAlias, String foreignKey, String entity) {
            lookups.add(new Lookup(lookupAlias, foreignKey, entity));
            return this;
        }

        public Builder columns(List<CsvColumn> declared) {
            columns.addAll(declared);
            return this;
        }

        /**
         * The CSV columns are the number, then each field of the blocks in order, then the given
         * trailing columns (the owner...).
         */
        public Builder csvFromFields(CsvColumn... after) {
            csvFromFields = true;
            trailing.addAll(List.of(after));
            return this;
        }

        public Builder importedLinks(String... links) {
            importedLinks.addAll(List.of(links));
            return this;
        }

        public Builder sequence(String sequenceName, String tableName) {
            this.sequence = sequenceName;
            this.table = tableName;
            return this;
        }

        public Builder duplicateKey(DuplicateKey key, KeyIndex index) {
            duplicateKeys.put(key, index);
            return this;
        }

        public Builder dependents(String... tables) {
            dependents.addAll(List.of(tables));
            return this;
        }

        public Builder privacyFrom(CrmModule from) {
            this.privacyFrom = from;
            return this;
        }

        /** The name a link to one of the module's records shows (a JPQL expression on the alias). */
        public Builder refName(String expression) {
            this.refName = expression;
            return this;
        }

        public Builder alwaysOn() {
            this.canTurnOff = false;
            return this;
        }

        public ModuleDefinition build() {
            return new ModuleDefinition(this);
        }
    }
}
