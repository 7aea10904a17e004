package org.enlace.crm.web.common;

import jakarta.enterprise.inject.spi.CDI;
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
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.CrmException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.NotFoundException;

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
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (translate(faces, error)) {
                events.remove();
                if (!faces.getResponseComplete()) {
                    faces.validationFailed();
                    faces.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean translate(FacesContext faces, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                notFound(faces);
                return true;
            }
            if (cause instanceof ModuleDisabledException disabled) {
                faces.getExternalContext().getRequestMap().put(ModuleFilter.DISABLED, disabled.getModule());
                notFound(faces);
                return true;
            }
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
                    add(faces, leaf(violation.getPropertyPath()), inUsersLanguage(faces, violation));
                }
                return true;
            }
        }
        return false;
    }

    /** The services validate in the server's language; the message is told again in the user's. */
    private static String inUsersLanguage(FacesContext faces, ConstraintViolation<?> violation) {
        MessageInterpolator interpolator =
                CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("Not supported: " + type);
            }
        };
        return interpolator.interpolate(
                violation.getMessageTemplate(), context, faces.getViewRoot().getLocale());
    }

    /** An unknown or hidden record: the friendly not-found page, with its 404 status. */
    private static void notFound(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static void add(FacesContext faces, String field, String text) {
        faces.addMessage(
                field == null ? null : clientIdOf(faces, field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * The input whose id is the field's name, so the message lands next to it. A rule over several
     * fields, named {@code <field>Valid}, lands next to that field.
     */
    private static String clientIdOf(FacesContext faces, String field) {
        String id = findClientId(faces, field);
        if (id == null && field.endsWith("Valid")) {
            id = findClientId(faces, field.substring(0, field.length() - "Valid".length()));
        }
        return id;
    }

    private static String findClientId(FacesContext faces, String field) {
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
