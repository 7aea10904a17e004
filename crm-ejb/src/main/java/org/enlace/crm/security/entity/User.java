package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.common.entity.Owner;

/** A member of staff who signs in to the CRM and owns records. */
@Entity
@Table(name = "crm_user")
@DiscriminatorValue("USER")
@PrimaryKeyJoinColumn(name = "id")
@NamedQuery(name = User.FIND_BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.COUNT_ALL, query = "select count(u) from User u")
@NamedQuery(name = User.FIND_ALL, query = "select u from User u order by u.username")
public class User extends Owner {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_USERNAME = "User.findByUsername";
    public static final String COUNT_ALL = "User.countAll";
    public static final String FIND_ALL = "User.findAll";

    public static final int USERNAME_LENGTH = 60;
    public static final int PERSON_NAME_LENGTH = 60;
    public static final int EMAIL_LENGTH = 120;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._@-]+";

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN, message = "{crm.user.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Size(max = PERSON_NAME_LENGTH)
    @Column(name = "first_name", length = PERSON_NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = PERSON_NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = PERSON_NAME_LENGTH)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(nullable = false)
    private boolean administrator;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "language", nullable = false, length = 8)
    private String language = "es";

    @ManyToOne
    @JoinColumn(name = "role_id")
    private Role role;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = "America/Bogota";

    @Column(name = "date_format", nullable = false, length = 20)
    private String dateFormat = "dd/MM/yyyy";

    @Column(nullable = false, length = 3)
    private String currency = "COP";

    @Column(name = "decimal_separator", nullable = false, length = 1)
    private String decimalSeparator = ",";

    @Column(name = "grouping_separator", nullable = false, length = 1)
    private String groupingSeparator = ".";

    @Column(name = "notify_assigned", nullable = false)
    private boolean notifyOnAssignment = true;

    /** Changes whenever the user's access changes, so open sessions notice on their next request. */
    @Column(name = "security_stamp", nullable = false, length = 40)
    private String securityStamp = newStamp();

    protected User() {}

    public User(String username, String firstName, String lastName, String email) {
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        refreshDisplayName();
    }

    public Set<CrmRole> containerRoles() {
        return administrator ? EnumSet.of(CrmRole.USER, CrmRole.ADMIN) : EnumSet.of(CrmRole.USER);
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.securityStamp = newStamp();
    }

    public void setAdministrator(boolean administrator) {
        if (this.administrator != administrator) {
            this.administrator = administrator;
            this.securityStamp = newStamp();
        }
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            this.securityStamp = newStamp();
        }
    }

    /** Moves the user to another role; his open sessions are checked again on their next request. */
    public void setRole(Role role) {
        if (role == null) {
            throw new IllegalArgumentException("A user always has a role");
        }
        if (this.role != role) {
            this.role = role;
            this.securityStamp = newStamp();
        }
    }

    public void setPreferences(
            String timeZone,
            String dateFormat,
            String currency,
            String decimalSeparator,
            String groupingSeparator,
            boolean notifyOnAssignment) {
        if (decimalSeparator.equals(groupingSeparator)) {
            throw new IllegalArgumentException("The decimal and grouping separators must differ");
        }
        this.timeZone = timeZone;
        this.dateFormat = dateFormat;
        this.currency = currency;
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
        this.notifyOnAssignment = notifyOnAssignment;
    }

    public void setNames(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        refreshDisplayName();
    }

    public void setLanguage(String language) {
        this.language = Locale.forLanguageTag(language).getLanguage();
    }

    public void setEmail(String email) {
        this.email = email;
    }

    private void refreshDisplayName() {
        String full = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        setDisplayName(full.isEmpty() ? username : full);
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isActive() {
        return active;
    }

    public String getLanguage() {
        return language;
    }

    public Role getRole() {
        return role;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public String getGroupingSeparator() {
        return groupingSeparator;
    }

    public boolean isNotifyOnAssignment() {
        return notifyOnAssignment;
    }

    public String getSecurityStamp() {
        return securityStamp;
    }
}
