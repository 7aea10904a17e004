package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.enlace.crm.common.entity.BaseEntity;

/**
 * A place in the organisation chart (reports-to). A user sees the records of the users in the
 * roles below his. The path lists the ids from the root down to the role itself ("/1/7/12/"), so
 * "below" is a prefix test that needs no recursive query.
 */
@Entity
@Table(name = "crm_role")
@NamedQuery(name = Role.FIND_ALL, query = "select r from Role r order by r.path")
public class Role extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Role.findAll";
    public static final int NAME_LENGTH = 60;
    public static final int PATH_LENGTH = 1000;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Role parent;

    @Column(nullable = false, length = PATH_LENGTH)
    private String path = "/";

    @Enumerated(EnumType.STRING)
    @Column(name = "assign_scope", nullable = false, length = 30)
    private AssignScope assignScope = AssignScope.ALL_USERS;

    @ManyToMany
    @JoinTable(
            name = "crm_role_profile",
            joinColumns = @JoinColumn(name = "role_id"),
            inverseJoinColumns = @JoinColumn(name = "profile_id"))
    private Set<Profile> profiles = new HashSet<>();

    protected Role() {}

    public Role(String name, AssignScope assignScope) {
        this.name = name;
        this.assignScope = assignScope;
    }

    /** Sets the path once the role has its id (after persist), under its parent (null for the root). */
    public void placeUnder(Role parent) {
        if (getId() == null) {
            throw new IllegalStateException("A role gets its place once it has an id");
        }
        if (parent != null && (parent == this || parent.path.startsWith(path) && !path.equals("/"))) {
            throw new IllegalArgumentException("A role cannot report to itself or to a role below it");
        }
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.path) + getId() + "/";
    }

    public boolean isAbove(Role other) {
        return other != null && other.path.startsWith(path) && !other.path.equals(path);
    }

    public boolean isRoot() {
        return parent == null;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setAssignScope(AssignScope assignScope) {
        this.assignScope = assignScope;
    }

    public void carry(Collection<Profile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("A role carries at least one profile");
        }
        this.profiles.clear();
        this.profiles.addAll(profiles);
    }

    public String getName() {
        return name;
    }

    public Role getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public AssignScope getAssignScope() {
        return assignScope;
    }

    public Set<Profile> getProfiles() {
        return Set.copyOf(profiles);
    }
}
