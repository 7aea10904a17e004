package org.enlace.crm.security.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * What the access control read for a caller, kept for one request: a page's list and its count
 * are two transactions, and read the scheme once. Never longer, so a change counts from the next
 * request on every node; the services that change the scheme clear it at once.
 */
@RequestScoped
public class SchemeCache {

    private final Map<String, AccessControl.Known> byCaller = new HashMap<>();

    AccessControl.Known get(String caller) {
        return byCaller.computeIfAbsent(caller, c -> new AccessControl.Known());
    }

    void clear() {
        byCaller.clear();
    }
}
