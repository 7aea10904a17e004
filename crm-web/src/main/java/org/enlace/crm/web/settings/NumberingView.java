package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.settings.boundary.NumberingService;
import org.enlace.crm.web.common.Messages;

/** Configuración > Numeración: each module's prefix and next number. */
@Named
@ViewScoped
public class NumberingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One sequence as the form edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String module;
        private String prefix;
        private Long next;

        Row(String module, String prefix, long next) {
            this.module = module;
            this.prefix = prefix;
            this.next = next;
        }

        public String getModule() {
            return module;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public Long getNext() {
            return next;
        }

        public void setNext(Long next) {
            this.next = next;
        }
    }

    @EJB
    NumberingService service;

    @Inject
    Messages messages;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = service.all().stream()
                .map(s -> new Row(s.getModule(), s.getPrefix(), s.getNextValue()))
                .toList();
    }

    public void save(Row row) {
        try {
            service.renumber(row.getModule(), row.getPrefix() == null ? "" : row.getPrefix(), row.getNext());
            messages.info(null, "numbering.saved", messages.text("numbering.module." + row.getModule()));
            load();
        } catch (InvalidInputException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
