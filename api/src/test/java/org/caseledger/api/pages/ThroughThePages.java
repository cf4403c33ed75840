package org.caseledger.api.pages;

import org.caseledger.api.CaseLedgerApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a test through the pages does as a person would: sign in, type, look (screenshots and axe-core), on the service's port. */
abstract class ThroughThePages {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeAll
    static void quiet() {
        CaseLedgerApplication.quietAxon();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Sets a field the way the browser would: typing for text, the value for dates (typed dates depend on the locale). */
    void set(WebElement input, String value) {
        if ("date".equals(input.getAttribute("type"))) {
            driver.executeScript("arguments[0].value = arguments[1]", input, value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    /**
     * Opens a next step of the case page, from behind "其他操作" when it is not among the likely ones, and returns it
     * (its form inside).
     */
    WebElement openStep(String route) {
        WebElement details = driver.findElement(By.cssSelector("details[data-route='" + route + "']"));
        java.util.List<WebElement> others = driver.findElements(By.id("other-steps"));
        if (!others.isEmpty() && !details.isDisplayed()) {
            WebElement summary = others.get(0).findElement(By.tagName("summary"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
        }
        WebElement summary = details.findElement(By.tagName("summary"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        return details;
    }

    /** The version of the case or order the page shows. */
    long version() {
        return Long.parseLong(driver.findElement(By.id("version")).getText());
    }

    /** Waits for the page to come back at a newer version; a refusal shown on the form fails at once, with its words. */
    void awaitNewerVersion(String route, long before) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            java.util.List<WebElement> alert = d.findElements(By.cssSelector(".outcome.alert"));
            if (!alert.isEmpty() && !alert.get(0).getText().isBlank()) {
                throw new AssertionError(route + " refused: " + alert.get(0).getText());
            }
            try {
                return version() > before;
            } catch (org.openqa.selenium.WebDriverException reloading) { // stale, missing or detached while the page reloads
                return false;
            }
        });
    }

    static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** Screenshots of the page, no serious accessibility violation on it, and nothing wider than a phone at 390 px. */
    void look(String name) {
        Browser.screenshots(driver, name);
        assertThat(Browser.accessibilityViolations(driver)).as("accessibility of " + name).isEmpty();
        assertThat(Browser.overflowAtPhoneWidth(driver)).as("what is wider than a 390 px phone on " + name).isEmpty();
    }
}
