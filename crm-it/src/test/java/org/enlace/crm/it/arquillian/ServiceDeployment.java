package org.enlace.crm.it.arquillian;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the service tests: the project's own EAR (its EJB jar and libraries, as built)
 * without the web apps, plus a test WAR with the test class and the run-as helpers.
 */
public final class ServiceDeployment {

    private ServiceDeployment() {}

    public static EnterpriseArchive of(Class<?>... testClasses) {
        return build(false, testClasses);
    }

    /** With GreenMail (its SMTP server only) in the test WAR, so tests start and stop it in the server. */
    public static EnterpriseArchive withMail(Class<?>... testClasses) {
        return build(true, testClasses);
    }

    private static EnterpriseArchive build(boolean mail, Class<?>... testClasses) {
        File built = new File(System.getProperty("crm.it.ear", "target/ear/enlace-crm.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "crm-services.ear")
                .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built));
        ear.delete("/crm-web.war");
        ear.delete("/crm-portal.war");
        ear.delete("/META-INF/application.xml");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "crm-tests.war")
                .addClasses(testClasses)
                .addClasses(AsAdmin.class, AsUser.class, As.class, Task.class, Fixtures.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron"
                        + (mail ? ", org.slf4j, org.eclipse.angus.mail" : "") + "\n"));
        if (mail) {
            tests.addPackages(
                    true,
                    path -> !path.get().contains("/junit") && !path.get().contains("/spring"),
                    "com.icegreen.greenmail");
        }
        return ear.addAsModule(Testable.archiveToTest(tests));
    }
}
