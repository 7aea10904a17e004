package org.enlace.crm.it.web;

class PayaraMailIT extends MailScenario {

    @Override
    protected String base() {
        return Servers.payara();
    }

    @Override
    protected String server() {
        return "payara";
    }

    @Override
    protected int smtpPort() {
        return Integer.getInteger("crm.it.payara.smtp", 30025);
    }
}
