package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A member of a group: a user, a role, a role with its subordinates, or another group. */
@Embeddable
public class Member implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_kind", nullable = false, length = 30)
    private PartyKind kind;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    protected Member() {}

    public Member(PartyKind kind, long memberId) {
        this.kind = Objects.requireNonNull(kind);
        this.memberId = memberId;
    }

    public PartyKind getKind() {
        return kind;
    }

    public long getMemberId() {
        return memberId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && m.kind == kind && m.memberId == memberId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, memberId);
    }
}
