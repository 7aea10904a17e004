package org.enlace.crm.settings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.settings.boundary.SettingsSnapshot;
import org.enlace.crm.settings.entity.Company;
import org.enlace.crm.settings.entity.ModuleSetting;
import org.enlace.crm.settings.entity.PicklistValue;
import org.enlace.crm.settings.entity.Revision;

/**
 * The picklist values, module switches and the company's name and logo version, read on every form and every call, kept in memory and
 * checked against one counter row per use: a change made on any node raises the counter in its
 * transaction, so every node reads the settings again on its next request, and none serves a
 * stale value.
 */
@ApplicationScoped
public class SettingsCache {

    /** What one revision of the settings says. The values are detached copies: read them only. */
    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsSeen seen;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private volatile SettingsSnapshot snapshot;

    public SettingsSnapshot current() {
        try {
            SettingsSnapshot read = seen.get();
            if (read != null) {
                return read;
            }
        } catch (ContextNotActiveException noRequest) {
            return check();
        }
        SettingsSnapshot checked = check();
        seen.set(checked);
        return checked;
    }

    private SettingsSnapshot check() {
        long revision = em.createQuery("select r.counter from Revision r where r.name = :name", Long.class)
                .setParameter("name", Revision.SETTINGS)
                .getSingleResult();
        SettingsSnapshot known = snapshot;
        if (known == null || known.revision() != revision) {
            known = load(revision);
            snapshot = known;
        }
        return known;
    }

    /** Called in the transaction that changes a setting, after the change. */
    public void changed() {
        em.flush();
        em.createQuery("update Revision r set r.counter = r.counter + 1 where r.name = :name")
                .setParameter("name", Revision.SETTINGS)
                .executeUpdate();
        snapshot = null;
        try {
            seen.set(null);
        } catch (ContextNotActiveException noRequest) {
            // nothing kept beyond the call
        }
    }

    private SettingsSnapshot load(long revision) {
        // outside a transaction (a page's read) the values come detached; inside one, detach them
        boolean inTransaction = transaction.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
        Map<PicklistField, List<PicklistValue>> picklists = new EnumMap<>(PicklistField.class);
        for (PicklistValue value :
                em.createNamedQuery(PicklistValue.FIND_ALL, PicklistValue.class).getResultList()) {
            if (inTransaction) {
                em.detach(value);
            }
            picklists.computeIfAbsent(value.getField(), f -> new ArrayList<>()).add(value);
        }
        picklists.replaceAll((field, values) -> Collections.unmodifiableList(values));
        Map<CrmModule, Boolean> modules = new EnumMap<>(CrmModule.class);
        em.createQuery("select m from ModuleSetting m", ModuleSetting.class)
                .getResultList()
                .forEach(m -> modules.put(m.getModule(), m.isEnabled()));
        Company company = em.find(Company.class, Company.ID);
        return new SettingsSnapshot(
                revision,
                Collections.unmodifiableMap(picklists),
                Collections.unmodifiableMap(modules),
                company == null ? "" : company.getName(),
                company == null ? 0 : company.getLogoVersion());
    }
}
