package org.enlace.crm.it.web;

class WildFlyStaffAccessIT extends StaffAccessScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }
}
