package org.enlace.crm.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.enlace.crm.security.control.PasswordPolicy;
import org.enlace.crm.security.entity.User;

/** The form an administrator fills in to create a user. */
public class NewUser implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PASSWORD_MIN = PasswordPolicy.MIN;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX;

    @NotBlank
    @Size(max = User.USERNAME_LENGTH)
    @Pattern(regexp = User.USERNAME_PATTERN, message = "{crm.user.username.pattern}")
    private String username;

    @Size(max = User.PERSON_NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = User.PERSON_NAME_LENGTH)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = User.EMAIL_LENGTH)
    private String email;

    /** Optional: without one, the user sets his own through a set-password link. */
    @Size(min = PASSWORD_MIN, max = PASSWORD_MAX)
    private String password;

    private boolean administrator;

    @NotNull
    private Long roleId;

    private String language = "es";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
