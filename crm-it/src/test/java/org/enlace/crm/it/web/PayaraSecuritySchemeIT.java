package org.enlace.crm.it.web;

class PayaraSecuritySchemeIT extends SecuritySchemeScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
