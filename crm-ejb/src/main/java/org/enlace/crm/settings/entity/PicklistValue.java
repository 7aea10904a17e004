package org.enlace.crm.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.enlace.crm.common.entity.PicklistField;

/**
 * One value of a drop-down field. Records store its {@code code}, which never changes; the labels
 * (one per language) can be renamed freely. A value may be limited to some roles; a value being
 * deleted names its replacement and stops being offered until the records holding it have moved.
 */
@Entity
@Table(name = "crm_picklist_value")
@IdClass(PicklistValue.Key.class)
@NamedQuery(name = PicklistValue.FIND_ALL, query = "select v from PicklistValue v order by v.field, v.position, v.code")
public class PicklistValue implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "PicklistValue.findAll";

    /** The primary key: field and code. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private PicklistField field;
        private String code;

        public Key() {}

        public Key(PicklistField field, String code) {
            this.field = field;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.field == field && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, code);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private PicklistField field;

    @Id
    @Column(length = PicklistField.CODE_LENGTH)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_es", nullable = false, length = PicklistField.LABEL_LENGTH)
    private String labelEs;

    @Column(name = "label_en", nullable = false, length = PicklistField.LABEL_LENGTH)
    private String labelEn;

    /** The role ids that may use it, as ",7,12,"; null for every role. */
    @Column(length = 1000)
    private String roles;

    /** Set while the records holding this value move to another one (empty: to no value). */
    @Column(name = "replaced_by", length = PicklistField.CODE_LENGTH)
    private String replacedBy;

    @Column(name = "replacing", nullable = false)
    private boolean replacing;

    @Column(name = "replace_done", nullable = false)
    private long replaceDone;

    @Column(name = "replace_total", nullable = false)
    private long replaceTotal;

    @Version
    private long version;

    protected PicklistValue() {}

    public PicklistValue(PicklistField field, String code, int position, String labelEs, String labelEn) {
        this.field = field;
        this.code = code;
        this.position = position;
        relabel(labelEs, labelEn);
    }

    public void relabel(String labelEs, String labelEn) {
        this.labelEs = labelEs.strip();
        this.labelEn = labelEn.strip();
    }

    /** The label in the language ("es" or "en"); Spanish for any other. */
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelEs;
    }

    public boolean isFor(Long roleId, boolean administrator) {
        return administrator || roles == null || (roleId != null && roles.contains("," + roleId + ","));
    }

    public void restrictTo(Collection<Long> roleIds) {
        roles = roleIds == null || roleIds.isEmpty()
                ? null
                : new TreeSet<>(roleIds).stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
    }

    public Set<Long> getRoleIds() {
        if (roles == null) {
            return Set.of();
        }
        return Arrays.stream(roles.split(","))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void replaceWith(String replacement, long total) {
        replacing = true;
        replacedBy = replacement;
        replaceTotal = total;
        replaceDone = 0;
    }

    public void progress(long done) {
        replaceDone = done;
    }

    /** A code made from a label: upper case ASCII letters, digits and underscores. */
    public static String codeOf(String label) {
        String ascii = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (ascii.isEmpty()) {
            ascii = "VALUE";
        }
        return ascii.length() > 30 ? ascii.substring(0, 30) : ascii;
    }

    public PicklistField getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public boolean isRestricted() {
        return roles != null;
    }

    public boolean isReplacing() {
        return replacing;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public long getReplaceDone() {
        return replaceDone;
    }

    public long getReplaceTotal() {
        return replaceTotal;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PicklistValue v && v.field == field && Objects.equals(v.code, code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code);
    }
}
