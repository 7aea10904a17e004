package org.enlace.crm.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.notification.entity.MailSettings;
import org.enlace.crm.notification.entity.MailStatus;
import org.enlace.crm.web.common.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Configuración > Correo saliente: delivery settings, a test mail, and the outbox (paged in the
 * database, filtered by status), where a failed message can be sent again or deleted.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailService service;

    @Inject
    Messages messages;

    private MailSettings settings;
    private long settingsVersion;
    private String testAddress;
    private MailStatus status;
    private final Outbox outbox = new Outbox();

    /** The outbox as the table pages through it. */
    public class Outbox extends LazyDataModel<OutboxRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.count(status));
        }

        @Override
        public List<OutboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.outbox(status, first, Math.min(200, Math.max(1, pageSize)));
        }

        @Override
        public String getRowKey(OutboxRow row) {
            return Long.toString(row.getId());
        }

        @Override
        public OutboxRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(r -> Long.toString(r.getId()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    @PostConstruct
    void load() {
        MailSettings stored = service.settings();
        settings = new MailSettings();
        settings.setBaseUrl(stored.getBaseUrl());
        settings.setSenderName(stored.getSenderName());
        settings.setMaxAttempts(stored.getMaxAttempts());
        settings.setRetrySeconds(stored.getRetrySeconds());
        settingsVersion = stored.getVersion();
    }

    public void saveSettings() {
        settingsVersion = service.saveSettings(settingsVersion, settings).getVersion();
        messages.info(null, "outbox.settings.saved");
    }

    public void sendTest() {
        service.sendTest(testAddress);
        messages.info(null, "outbox.test.queued", testAddress);
    }

    public void resend(OutboxRow row) {
        service.resend(row.getId());
        messages.info(null, "outbox.resent", row.getAddress());
    }

    public void delete(OutboxRow row) {
        service.delete(row.getId());
        messages.info(null, "outbox.deleted", row.getAddress());
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public MailSettings getSettings() {
        return settings;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    /** The default address for links when none is set: where this page was opened. */
    public String getBaseUrlHint() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort();
    }
}
