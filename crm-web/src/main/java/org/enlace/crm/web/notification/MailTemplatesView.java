package org.enlace.crm.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.notification.boundary.MailPreview;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailTemplate;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Plantillas de correo: pick an event and a language, edit subject, HTML and
 * plain text with merge fields, preview on a sample record, save or go back to the CRM's own.
 */
@Named
@ViewScoped
public class MailTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailService service;

    @Inject
    Messages messages;

    private MailEvent event = MailEvent.USER_WELCOME;
    private String language = "es";
    private String subject;
    private String html;
    private String text;
    private boolean changed;
    private MailPreview preview;

    @PostConstruct
    void init() {
        open();
    }

    /** Loads the template of the chosen event and language. */
    public void open() {
        MailTemplate template = service.template(event, language);
        subject = template.getSubject();
        html = template.getBodyHtml();
        text = template.getBodyText();
        changed = service.isChanged(event, language);
        preview = null;
    }

    public void save() {
        service.saveTemplate(event, language, subject, html, text);
        changed = true;
        messages.info(null, "templates.saved", messages.text("templates.event." + event.name()));
    }

    public void showPreview() {
        preview = service.preview(event, language, subject, html, text);
    }

    public void reset() {
        service.resetTemplate(event, language);
        open();
        messages.info(null, "templates.reset.done", messages.text("templates.event." + event.name()));
    }

    public List<MailEvent> getEvents() {
        return List.of(MailEvent.values());
    }

    /** The merge fields the chosen event's templates may use. */
    public List<String> getFields() {
        return List.copyOf(event.fields());
    }

    public MailEvent getEvent() {
        return event;
    }

    public void setEvent(MailEvent event) {
        this.event = event;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isChanged() {
        return changed;
    }

    public MailPreview getPreview() {
        return preview;
    }
}
