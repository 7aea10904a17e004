package org.enlace.crm.security.boundary;

import java.io.Serializable;
import java.util.List;
import org.enlace.crm.security.entity.AssignScope;

/** A role as the tree shows it: its place, its profiles and how many users it has. */
public record RoleNode(
        long id,
        String name,
        Long parentId,
        int depth,
        AssignScope assignScope,
        List<Long> profileIds,
        List<String> profileNames,
        long users)
        implements Serializable {

    public String profilesText() {
        return String.join(", ", profileNames);
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
