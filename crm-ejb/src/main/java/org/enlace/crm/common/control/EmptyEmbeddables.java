package org.enlace.crm.common.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Loads an embedded value whose columns are all empty (an address nobody filled in) as an empty
 * object rather than null, so forms can bind to it. Doing that in a {@code @PostLoad} instead
 * made every read of such a record look changed to EclipseLink, which then wrote it back (a new
 * version on each view, and conflicts between two people merely viewing it).
 */
public class EmptyEmbeddables implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AggregateObjectMapping aggregate) {
                    aggregate.setIsNullAllowed(false);
                }
            }
        }
    }
}
