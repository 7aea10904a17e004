package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium driven by Selenium, with axe-core checks and screenshots. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.screenshots = Path.of(System.getProperty("crm.it.screenshots", "target/screenshots"));
    }

    public static Browser open(String base) {
        Path profile;
        try {
            profile = Files.createTempDirectory("crm-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("crm.it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=es",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crm.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks an element once it is visible, looking it up again if the page replaced it meanwhile. */
    public void click(String css) {
        waitFor().until(d -> {
            try {
                WebElement element = d.findElement(By.cssSelector(css));
                if (!element.isDisplayed()) {
                    return false;
                }
                element.click();
                return true;
            } catch (NoSuchElementException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Types into a field, again if the page replaced it meanwhile (an ajax update, a late load). */
    public void type(String css, String value) {
        try {
            typeOnce(css, value);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-typing-" + css.replaceAll("[^A-Za-z0-9]", "_"));
            throw new AssertionError("Could not type '" + value + "' into " + css + " (screenshot " + shot + ")", e);
        }
    }

    private void typeOnce(String css, String value) {
        waitFor().until(d -> {
            try {
                WebElement input = d.findElement(By.cssSelector(css));
                if (!input.isDisplayed()) {
                    return false;
                }
                // select all and overwrite, as a user does (clear() does not empty some PrimeFaces inputs)
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(value);
                return value.equals(input.getAttribute("value"));
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Clicks something that loads a new page and waits until it has. */
    public void clickAndWait(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        click(css);
        waitUntilReplaced(old);
        waitFor().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits until the page the element belonged to has been replaced by a new one. Chromium reports
     * an element of a left document either as stale or as "not belonging to the document".
     */
    private void waitUntilReplaced(WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        waitFor().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until PrimeFaces has sent a delayed request (filters, autocompletes) and got its answer. */
    public void settle() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitFor()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public void waitForText(String css, String expected) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    /** Waits up to 20 s; an element replaced by an ajax update meanwhile is looked up again. */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Follows a link by its text, once the page has stopped replacing it (ajax updates). */
    public void followLink(String text) {
        WebElement old = driver.findElement(By.tagName("html"));
        waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.linkText(text)).click();
            return true;
        });
        waitUntilReplaced(old);
    }

    /** Opens a top-menu group and follows one of its links, as a user would. */
    public void menu(String group, String item) {
        driver.findElements(By.cssSelector(".crm-menu summary")).stream()
                .filter(s -> s.getText().strip().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No menu " + group))
                .click();
        WebElement link = waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(item)));
        WebElement old = driver.findElement(By.tagName("html"));
        link.click();
        waitUntilReplaced(old);
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion that contains the text. */
    public void choose(String inputCss, String typed, String suggestion) {
        type(inputCss, typed);
        WebElement item = waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + suggestion + "')]")));
        item.click();
        waitFor()
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")));
    }

    /** The message shown next to a field (PrimeFaces renders it in the element with id {@code <field>Message}). */
    public String messageFor(String formId, String field) {
        try {
            return messageOnce(formId, field);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-message-" + formId + "-" + field);
            throw new AssertionError("No message next to " + field + " (screenshot " + shot + ")", e);
        }
    }

    private String messageOnce(String formId, String field) {
        return waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + formId + "\\:" + field
                        + "Message .ui-message-error-detail, #" + formId + "\\:" + field + "Message.ui-message-error")))
                .getText();
    }

    /** Picks an option of a PrimeFaces select menu by (part of) its label, as a user does. */
    public void select(String menuId, String label) {
        click("#" + menuId.replace(":", "\\:"));
        WebElement item = waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//ul[@id='" + menuId + "_items']/li[contains(@data-label, '" + label + "')]")));
        item.click();
        waitFor()
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("#" + menuId.replace(":", "\\:") + "_panel")));
    }

    /** Ticks (or unticks) the checkbox of a PrimeFaces checkbox list whose label contains the text. */
    public void tick(String listId, String label) {
        WebElement box = waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + listId
                        + "']//label[contains(., '" + label
                        + "')]/preceding-sibling::div[1]//div[contains(@class,'ui-chkbox-box')]"
                        + " | //*[@id='" + listId + "']//label[contains(., '" + label
                        + "')]/parent::*//div[contains(@class,'ui-chkbox-box')]")));
        box.click();
    }

    /** Ticks (or unticks) the single checkbox whose accessible name is the given one. */
    public void tickNamed(String ariaLabel) {
        WebElement box = waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//input[@aria-label='" + ariaLabel
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]")));
        box.click();
    }

    public void login(String username, String password) {
        go("/crm/login.xhtml");
        type("#login\\:username", username);
        type("#login\\:password", password);
        clickAndWait("#login\\:submit");
    }

    public void logout() {
        clickAndWait("#menuForm\\:logout");
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the current page; serious or critical findings fail. */
    @SuppressWarnings("unchecked")
    public void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Map<String, Object> result =
                (Map<String, Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(result.get("error")).as("axe-core failed to run").isNull();
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) result.get("violations"))
                .stream()
                        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                        .toList();
        assertThat(serious)
                .as(
                        "WCAG 2.1 AA findings on %s:%n%s",
                        path(), serious.stream().map(Object::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String axeSource() {
        try {
            return Files.readString(Path.of(System.getProperty("crm.it.axe", "node_modules/axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run npm ci in crm-it", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
