package org.enlace.crm.it.web;

class PayaraSettingsIT extends SettingsScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
