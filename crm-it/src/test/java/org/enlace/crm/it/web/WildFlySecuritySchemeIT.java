package org.enlace.crm.it.web;

class WildFlySecuritySchemeIT extends SecuritySchemeScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
