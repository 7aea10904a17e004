package org.enlace.crm.it.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** A browser per test class against one server; a failed test leaves a screenshot of what the user saw. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserScenario {

    protected Browser browser;

    protected abstract String base();

    protected abstract String server();

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot(
                        server() + "-FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(base());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
