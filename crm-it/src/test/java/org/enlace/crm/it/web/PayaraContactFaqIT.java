package org.enlace.crm.it.web;

class PayaraContactFaqIT extends ContactFaqScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
