package org.enlace.crm.it.web;

class PayaraStaffAccessIT extends StaffAccessScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }
}
