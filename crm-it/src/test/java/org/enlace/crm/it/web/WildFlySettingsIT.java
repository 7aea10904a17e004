package org.enlace.crm.it.web;

class WildFlySettingsIT extends SettingsScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
