package org.enlace.crm.lead.boundary;

import org.enlace.crm.common.boundary.ListRow;

/** A lead as the Prospectos list shows it. */
public record LeadRow(
        long id,
        String number,
        String lastName,
        String firstName,
        String company,
        String email,
        String phone,
        String status,
        String ownerName)
        implements ListRow {

    @Override
    public long getId() {
        return id;
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

    public String getCompany() {
        return company;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getStatus() {
        return status;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
