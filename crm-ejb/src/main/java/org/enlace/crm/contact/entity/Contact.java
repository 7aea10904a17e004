package org.enlace.crm.contact.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.Person;
import org.enlace.crm.common.entity.Text;

/**
 * A person at an account. Its email receives the CRM's notifications; as a portal user it signs
 * in to the customer portal between the support start and end dates.
 */
@Entity
@Table(name = "crm_contact")
public class Contact extends Person {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_LENGTH = 30;

    @Column(name = "contact_number", nullable = false, unique = true, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @Size(max = TITLE_LENGTH)
    @Column(length = TITLE_LENGTH)
    private String department;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The same column, read only: lets a query read the id without joining (exports). */
    @Column(name = "account_id", insertable = false, updatable = false)
    private Long accountKey;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(name = "office_phone", length = PHONE_LENGTH)
    private String officePhone;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(name = "mobile_phone", length = PHONE_LENGTH)
    private String mobilePhone;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(name = "home_phone", length = PHONE_LENGTH)
    private String homePhone;

    @ManyToOne
    @JoinColumn(name = "reports_to_id")
    private Contact reportsTo;

    /** The same column, read only: lets a query read the id without joining (exports). */
    @Column(name = "reports_to_id", insertable = false, updatable = false)
    private Long reportsToKey;

    /** The language of the mails the contact receives (es or en). */
    @NotNull
    @Pattern(regexp = "es|en")
    @Column(name = "language", nullable = false, length = 8)
    private String language = "es";

    @Column(name = "portal_user", nullable = false)
    private boolean portalUser;

    /** The portal sign-in name: the email while the contact is a portal user, else null (unique). */
    @Column(name = "portal_login", unique = true, length = EMAIL_LENGTH)
    private String portalLogin;

    @Column(name = "support_start")
    private LocalDate supportStart;

    @Column(name = "support_end")
    private LocalDate supportEnd;

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "mail_street", length = Address.STREET_LENGTH)),
        @AttributeOverride(name = "city", column = @Column(name = "mail_city", length = Address.PART_LENGTH)),
        @AttributeOverride(name = "state", column = @Column(name = "mail_state", length = Address.PART_LENGTH)),
        @AttributeOverride(
                name = "postalCode",
                column = @Column(name = "mail_postal_code", length = Address.POSTAL_CODE_LENGTH)),
        @AttributeOverride(name = "country", column = @Column(name = "mail_country", length = Address.PART_LENGTH))
    })
    private Address mailingAddress = new Address();

    public Contact() {}

    /** The support end may not come before its start (shown next to the end date: "...Valid" names the field). */
    @AssertTrue(message = "{crm.contact.supportEnd.beforeStart}")
    public boolean isSupportEndValid() {
        return supportStart == null || supportEnd == null || !supportEnd.isBefore(supportStart);
    }

    /** Portal access needs an email to sign in with. */
    @AssertTrue(message = "{crm.contact.portalUser.needsEmail}")
    public boolean isPortalUserValid() {
        return !portalUser || !Text.isBlank(getEmail());
    }

    /** Whether the portal lets this contact in on the given day. */
    public boolean mayUsePortalOn(LocalDate day) {
        return portalUser
                && (supportStart == null || !day.isBefore(supportStart))
                && (supportEnd == null || !day.isAfter(supportEnd));
    }

    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("A contact keeps its number");
        }
        this.number = number;
    }

    /** The account, as a property (the import sets it by name); never none. */
    public void setAccount(Account account) {
        belongTo(account);
    }

    public void belongTo(Account account) {
        if (account == null) {
            throw new IllegalArgumentException("A contact belongs to an account");
        }
        this.account = account;
    }

    public void reportTo(Contact manager) {
        for (Contact c = manager; c != null; c = c.reportsTo) {
            if (c == this || (getId() != null && getId().equals(c.getId()))) {
                throw new IllegalArgumentException("A contact cannot report to himself");
            }
        }
        this.reportsTo = manager;
    }

    /** Copies what a user may edit from a form's copy of this contact. */
    public void updateFrom(Contact form) {
        updateFrom(form, Set.of());
    }

    /**
     * Takes the form's values, except for the fields named in kept (those the user may not
     * change: hidden or read-only for him), which keep their value.
     */
    public void updateFrom(Contact form, Set<String> kept) {
        if (!kept.contains("salutation")) {
            setSalutation(form.getSalutation());
        }
        if (!kept.contains("firstName")) {
            setFirstName(form.getFirstName());
        }
        if (!kept.contains("lastName")) {
            setLastName(form.getLastName());
        }
        if (!kept.contains("title")) {
            setTitle(form.getTitle());
        }
        if (!kept.contains("department")) {
            setDepartment(form.department);
        }
        if (!kept.contains("email")) {
            setEmail(form.getEmail());
        }
        if (!kept.contains("secondaryEmail")) {
            setSecondaryEmail(form.getSecondaryEmail());
        }
        if (!kept.contains("officePhone")) {
            setOfficePhone(form.officePhone);
        }
        if (!kept.contains("mobilePhone")) {
            setMobilePhone(form.mobilePhone);
        }
        if (!kept.contains("homePhone")) {
            setHomePhone(form.homePhone);
        }
        if (!kept.contains("emailOptOut")) {
            setEmailOptOut(form.isEmailOptOut());
        }
        if (!kept.contains("doNotCall")) {
            setDoNotCall(form.isDoNotCall());
        }
        if (!kept.contains("supportStart")) {
            supportStart = form.supportStart;
        }
        if (!kept.contains("supportEnd")) {
            supportEnd = form.supportEnd;
        }
        if (!kept.contains("mailingAddress")) {
            mailingAddress = form.mailingAddress == null ? new Address() : form.mailingAddress.copy();
        }
        if (!kept.contains("description")) {
            setDescription(form.getDescription());
        }
        if (!kept.contains("portalUser")) {
            setPortalUser(form.portalUser);
        }
        if (!kept.contains("language")) {
            language = form.language == null ? "es" : form.language;
        }
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String getNumber() {
        return number;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = Text.clean(department);
    }

    public Account getAccount() {
        return account;
    }

    @Override
    public void setEmail(String email) {
        super.setEmail(email);
        refreshPortalLogin();
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = Text.clean(officePhone);
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = Text.clean(mobilePhone);
    }

    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = Text.clean(homePhone);
    }

    public Contact getReportsTo() {
        return reportsTo;
    }

    public boolean isPortalUser() {
        return portalUser;
    }

    public void setPortalUser(boolean portalUser) {
        this.portalUser = portalUser;
        refreshPortalLogin();
    }

    public String getPortalLogin() {
        return portalLogin;
    }

    private void refreshPortalLogin() {
        portalLogin = portalUser && getEmail() != null ? getEmail().toLowerCase(Locale.ROOT) : null;
    }

    public LocalDate getSupportStart() {
        return supportStart;
    }

    public void setSupportStart(LocalDate supportStart) {
        this.supportStart = supportStart;
    }

    public LocalDate getSupportEnd() {
        return supportEnd;
    }

    public void setSupportEnd(LocalDate supportEnd) {
        this.supportEnd = supportEnd;
    }

    public Address getMailingAddress() {
        return mailingAddress;
    }
}
