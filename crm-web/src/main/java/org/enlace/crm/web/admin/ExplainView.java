package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.AccessExplanation;
import org.enlace.crm.security.boundary.ExplainService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.User;

/** Configuración > Explicar acceso: pick a user and a record, see what he may do with it and why. */
@Named
@ViewScoped
public class ExplainView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ExplainService explainer;

    @EJB
    UserService users;

    private List<User> all;
    private Long userId;
    private CrmModule module = CrmModule.CONTACTS;
    private String number;
    private AccessExplanation explanation;

    @PostConstruct
    void load() {
        all = users.findAll();
    }

    public void explain() {
        explanation = explainer.explain(userId, module, number);
    }

    public List<User> getUsers() {
        return all;
    }

    public CrmModule[] getModules() {
        return CrmModule.values();
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public CrmModule getModule() {
        return module;
    }

    public void setModule(CrmModule module) {
        this.module = module;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public AccessExplanation getExplanation() {
        return explanation;
    }
}
