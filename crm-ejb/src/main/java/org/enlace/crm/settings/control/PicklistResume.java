package org.enlace.crm.settings.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.enlace.crm.settings.entity.PicklistValue;

/** On start, finishes the value deletions a stop interrupted. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class PicklistResume {

    @PersistenceContext
    EntityManager em;

    @EJB
    PicklistReplacer replacer;

    @PostConstruct
    void resume() {
        em.createQuery("select v from PicklistValue v where v.replacing = true", PicklistValue.class)
                .getResultList()
                .forEach(v -> replacer.run(v.getField(), v.getCode()));
    }
}
