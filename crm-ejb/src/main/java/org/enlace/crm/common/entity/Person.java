package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A record that is a person (a contact, a lead): salutation, names, title, emails, the "do not"
 * flags and a description, in the same columns in every table that holds people.
 */
@MappedSuperclass
public abstract class Person extends OwnedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 80;
    public static final int TITLE_LENGTH = 100;
    public static final int EMAIL_LENGTH = 120;
    public static final int PHONE_LENGTH = 40;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final String PHONE_PATTERN = "[0-9+()./ -]*";

    /** A picklist code (Configuración > Listas desplegables). */
    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String salutation;

    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", length = NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Size(max = TITLE_LENGTH)
    @Column(length = TITLE_LENGTH)
    private String title;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "secondary_email", length = EMAIL_LENGTH)
    private String secondaryEmail;

    @Column(name = "email_opt_out", nullable = false)
    private boolean emailOptOut;

    @Column(name = "do_not_call", nullable = false)
    private boolean doNotCall;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** "First Last", or the last name alone. */
    public String getFullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    @Override
    public String recordName() {
        return getFullName();
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = Text.clean(salutation);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = Text.clean(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = Text.clean(lastName);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.clean(title);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.clean(email);
    }

    public String getSecondaryEmail() {
        return secondaryEmail;
    }

    public void setSecondaryEmail(String secondaryEmail) {
        this.secondaryEmail = Text.clean(secondaryEmail);
    }

    public boolean isEmailOptOut() {
        return emailOptOut;
    }

    public void setEmailOptOut(boolean emailOptOut) {
        this.emailOptOut = emailOptOut;
    }

    public boolean isDoNotCall() {
        return doNotCall;
    }

    public void setDoNotCall(boolean doNotCall) {
        this.doNotCall = doNotCall;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.clean(description);
    }
}
