package org.enlace.crm.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.enlace.crm.common.entity.Owner;

/**
 * A group of users, roles, roles with their subordinates and other groups. It can own records:
 * its members see and edit them. ("Group" is a JPQL keyword, hence the entity name.)
 */
@Entity(name = "UserGroup")
@Table(name = "crm_group")
@DiscriminatorValue("GROUP")
@PrimaryKeyJoinColumn(name = "id")
@NamedQuery(name = Group.FIND_ALL, query = "select g from UserGroup g order by g.displayName")
public class Group extends Owner {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Group.findAll";
    public static final int DESCRIPTION_LENGTH = 250;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @ElementCollection
    @CollectionTable(name = "crm_group_member", joinColumns = @JoinColumn(name = "group_id"))
    private Set<Member> members = new HashSet<>();

    protected Group() {}

    public Group(String name, String description) {
        super(name);
        this.description = description;
    }

    public void describe(@NotBlank String name, String description) {
        setDisplayName(name);
        this.description = description;
    }

    public void setMembers(Collection<Member> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    public boolean removeMember(Member member) {
        return members.remove(member);
    }

    public String getName() {
        return getDisplayName();
    }

    public String getDescription() {
        return description;
    }

    public Set<Member> getMembers() {
        return Set.copyOf(members);
    }
}
