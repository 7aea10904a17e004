package org.enlace.crm.contact.boundary;

import org.enlace.crm.common.boundary.ListRow;

/** A contact as the Contactos list and an account's related list show it. */
public final class ContactRow implements ListRow {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String lastName;
    private final String firstName;
    private final String title;
    private final String email;
    private final String officePhone;
    private final long accountId;
    private final String accountName;
    private final String ownerName;

    public ContactRow(
            long id,
            String number,
            String lastName,
            String firstName,
            String title,
            String email,
            String officePhone,
            long accountId,
            String accountName,
            String ownerName) {
        this.id = id;
        this.number = number;
        this.lastName = lastName;
        this.firstName = firstName;
        this.title = title;
        this.email = email;
        this.officePhone = officePhone;
        this.accountId = accountId;
        this.accountName = accountName;
        this.ownerName = ownerName;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getFullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    public String getNumber() {
        return number;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
