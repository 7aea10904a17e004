package org.enlace.crm.it.web;

class PayaraImportIT extends ImportScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
