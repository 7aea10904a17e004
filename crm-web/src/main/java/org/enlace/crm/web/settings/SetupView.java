package org.enlace.crm.web.settings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.enlace.crm.settings.boundary.SetupService;

/** The setup checklist on the administrator's home page. */
@Named
@RequestScoped
public class SetupView {

    @EJB
    SetupService service;

    private List<SetupService.Step> steps;

    public List<SetupService.Step> getSteps() {
        if (steps == null) {
            steps = service.checklist();
        }
        return steps;
    }

    public long getDone() {
        return getSteps().stream().filter(SetupService.Step::done).count();
    }
}
