package org.enlace.crm.account.boundary;

import org.enlace.crm.common.boundary.ListRow;

/** An account as the Cuentas list shows it. */
public final class AccountRow implements ListRow {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String name;
    private final String taxId;
    private final String phone;
    private final String email;
    private final String city;
    private final String ownerName;

    public AccountRow(
            long id,
            String number,
            String name,
            String taxId,
            String phone,
            String email,
            String city,
            String ownerName) {
        this.id = id;
        this.number = number;
        this.name = name;
        this.taxId = taxId;
        this.phone = phone;
        this.email = email;
        this.city = city;
        this.ownerName = ownerName;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getCity() {
        return city;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
