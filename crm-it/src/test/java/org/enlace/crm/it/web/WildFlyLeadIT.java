package org.enlace.crm.it.web;

class WildFlyLeadIT extends LeadScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
