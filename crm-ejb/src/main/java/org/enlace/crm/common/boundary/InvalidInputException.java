package org.enlace.crm.common.boundary;

import java.io.Serializable;

/** A business rule refused the input; the message goes next to the field. */
public class InvalidInputException extends CrmException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String messageKey, Serializable... arguments) {
        super(messageKey, field, arguments);
    }
}
