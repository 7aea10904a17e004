package org.enlace.crm.common.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A refusal the user can understand. It carries a message key from the web apps' bundles, and
 * optionally the field it concerns; the transaction is rolled back, so nothing changes.
 */
@ApplicationException(rollback = true)
public abstract class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final Serializable[] arguments;

    protected CrmException(String messageKey, String field, Serializable... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The field the message belongs next to, or null for a message about the whole page. */
    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
