package org.enlace.crm.it.web;

class WildFlyContactFaqIT extends ContactFaqScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
