package org.enlace.crm.it.web;

class WildFlyImportIT extends ImportScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
