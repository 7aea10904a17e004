package org.enlace.crm.web.common;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link CrmExceptionHandler} in faces-config.xml. */
public class CrmExceptionHandlerFactory extends ExceptionHandlerFactory {

    public CrmExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new CrmExceptionHandler(getWrapped().getExceptionHandler());
    }
}
