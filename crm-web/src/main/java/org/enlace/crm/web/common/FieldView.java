package org.enlace.crm.web.common;

import java.io.Serializable;
import java.util.Map;
import org.enlace.crm.security.entity.FieldAccess;

/**
 * The fields of a module as the signed-in user's profiles let him have them: a hidden one is not
 * rendered at all, a read-only one is shown locked. (The services enforce both anyway.)
 */
public final class FieldView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, FieldAccess> rules;

    public FieldView(Map<String, FieldAccess> rules) {
        this.rules = Map.copyOf(rules);
    }

    public boolean shows(String field) {
        return rules.get(field) != FieldAccess.HIDDEN;
    }

    public boolean edits(String field) {
        return !rules.containsKey(field);
    }
}
