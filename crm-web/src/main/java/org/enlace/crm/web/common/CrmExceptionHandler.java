package org.enlace.crm.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.CrmException;

/**
 * The one place where refusals from the services become translated messages. A {@link CrmException}
 * or a Bean Validation failure is shown next to its field (or at the top of the page) and the page
 * is rendered again with what the user typed; everything else goes on to the error pages.
 */
public class CrmExceptionHandler extends ExceptionHandlerWrapper {

    public CrmExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (translate(faces, error)) {
                events.remove();
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean translate(FacesContext faces, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CrmException crm) {
                add(faces, crm.getField(), Messages.format(faces, crm.getMessageKey(), crm.getArguments()));
                return true;
            }
            if (cause instanceof OptimisticLockException) {
                ConflictException conflict = new ConflictException();
                add(faces, null, Messages.format(faces, conflict.getMessageKey()));
                return true;
            }
            if (cause instanceof ConstraintViolationException violations) {
                for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                    add(faces, leaf(violation.getPropertyPath()), violation.getMessage());
                }
                return true;
            }
        }
        return false;
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static void add(FacesContext faces, String field, String text) {
        faces.addMessage(field == null ? null : clientIdOf(faces, field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The input whose id is the field's name, so the message lands next to it. */
    private static String clientIdOf(FacesContext faces, String field) {
        AtomicReference<String> found = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
            UIComponent component = target;
            if (field.equals(component.getId())) {
                found.set(component.getClientId(context.getFacesContext()));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
