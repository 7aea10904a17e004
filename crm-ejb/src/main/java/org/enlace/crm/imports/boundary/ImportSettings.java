package org.enlace.crm.imports.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.DuplicateKey;

/**
 * What the user chose for an import: how the file is read (confirmed from the detection), which
 * field each column goes to, the defaults, and what to do with unknown values, owners, accounts
 * and duplicates. Stored with the import as JSON, so a resumed import reads the file the same way.
 */
public class ImportSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An unknown picklist value: reject the row, use the field's default, or add the value. */
    public enum UnknownValue {
        REJECT,
        DEFAULT,
        ADD
    }

    /** Where a row's owner comes from. */
    public enum OwnerMode {
        /** One user or group for every row. */
        FIXED,
        /** A mapped column with a user's name, username or email. */
        COLUMN,
        /** Turns among the active users of a group. */
        ROUND_ROBIN
    }

    /** A row whose owner column names nobody (or nobody the user may assign to). */
    public enum UnknownOwner {
        REJECT,
        DEFAULT
    }

    /** How a contact's account column names the account. */
    public enum AccountMatch {
        NAME,
        NUMBER
    }

    /** A contact whose account does not exist. */
    public enum MissingAccount {
        REJECT,
        CREATE
    }

    /** A row that matches an existing record (or an earlier row of the file). */
    public enum DuplicateMode {
        /** Import every row as a new record. */
        CREATE,
        SKIP,
        /** The file's values replace the record's, for the mapped fields. */
        OVERWRITE,
        /** Only the record's empty fields take the file's values. */
        MERGE
    }

    @NotNull
    @Pattern(regexp = "UTF-8|windows-1252|ISO-8859-1")
    public String encoding = "UTF-8";

    @NotNull
    @Pattern(regexp = "[,;\t]")
    public String delimiter = ",";

    public boolean header = true;

    @NotNull
    @Pattern(regexp = "dd/MM/yyyy|yyyy-MM-dd|MM/dd/yyyy")
    public String dateFormat = "dd/MM/yyyy";

    @NotNull
    @Pattern(regexp = "[.,]")
    public String decimal = ".";

    /** The field of each column in the file's order (an import key), or null to leave it out. */
    @NotNull
    @Size(max = 500)
    public List<String> mapping = new ArrayList<>();

    /** Values for fields no column gives (or a row leaves empty), as the user would type them. */
    @NotNull
    public Map<String, String> defaults = new LinkedHashMap<>();

    @NotNull
    public UnknownValue unknownValue = UnknownValue.REJECT;

    @NotNull
    public OwnerMode ownerMode = OwnerMode.FIXED;

    /** The owner for FIXED, the group for ROUND_ROBIN, the fallback for COLUMN. */
    public Long ownerId;

    @NotNull
    public UnknownOwner unknownOwner = UnknownOwner.REJECT;

    @NotNull
    public AccountMatch accountMatch = AccountMatch.NAME;

    @NotNull
    public MissingAccount missingAccount = MissingAccount.REJECT;

    @NotNull
    public DuplicateMode duplicateMode = DuplicateMode.SKIP;

    @NotNull
    public List<DuplicateKey> duplicateKeys = new ArrayList<>(List.of(DuplicateKey.EMAIL));

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public boolean isHeader() {
        return header;
    }

    public void setHeader(boolean header) {
        this.header = header;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public String getDecimal() {
        return decimal;
    }

    public void setDecimal(String decimal) {
        this.decimal = decimal;
    }

    public List<String> getMapping() {
        return mapping;
    }

    public void setMapping(List<String> mapping) {
        this.mapping = mapping;
    }

    public Map<String, String> getDefaults() {
        return defaults;
    }

    public void setDefaults(Map<String, String> defaults) {
        this.defaults = defaults;
    }

    public UnknownValue getUnknownValue() {
        return unknownValue;
    }

    public void setUnknownValue(UnknownValue unknownValue) {
        this.unknownValue = unknownValue;
    }

    public OwnerMode getOwnerMode() {
        return ownerMode;
    }

    public void setOwnerMode(OwnerMode ownerMode) {
        this.ownerMode = ownerMode;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public UnknownOwner getUnknownOwner() {
        return unknownOwner;
    }

    public void setUnknownOwner(UnknownOwner unknownOwner) {
        this.unknownOwner = unknownOwner;
    }

    public AccountMatch getAccountMatch() {
        return accountMatch;
    }

    public void setAccountMatch(AccountMatch accountMatch) {
        this.accountMatch = accountMatch;
    }

    public MissingAccount getMissingAccount() {
        return missingAccount;
    }

    public void setMissingAccount(MissingAccount missingAccount) {
        this.missingAccount = missingAccount;
    }

    public DuplicateMode getDuplicateMode() {
        return duplicateMode;
    }

    public void setDuplicateMode(DuplicateMode duplicateMode) {
        this.duplicateMode = duplicateMode;
    }

    public List<DuplicateKey> getDuplicateKeys() {
        return duplicateKeys;
    }

    public void setDuplicateKeys(List<DuplicateKey> duplicateKeys) {
        this.duplicateKeys = duplicateKeys;
    }

    public String toJson() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ImportSettings fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, ImportSettings.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public char delimiterChar() {
        return delimiter.charAt(0);
    }
}
