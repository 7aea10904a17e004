package org.enlace.crm.it.web;

class PayaraLeadIT extends LeadScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
