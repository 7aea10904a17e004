package org.enlace.crm.security.boundary;

import java.io.Serializable;
import java.util.List;

/** Whether and why a user may view, edit and delete one record. */
public record AccessExplanation(String record, String owner, List<Line> lines) implements Serializable {

    /** One action: allowed or not, the reason's message key, and the role, group or rule it names. */
    public record Line(String action, boolean allowed, String reason, String detail) implements Serializable {}
}
