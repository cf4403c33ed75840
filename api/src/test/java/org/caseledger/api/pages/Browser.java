package org.caseledger.api.pages;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Debian's headless Chromium driven through its own chromedriver (installed by {@code .ci/run}; nothing downloads a
 * browser). Without them the browser tests are skipped, saying why.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    static ChromeDriver start(String language) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static final Path AXE = Path.of("target/npm/package/axe.min.js");

    /**
     * The serious and critical accessibility violations axe-core finds on the page (WCAG 2 A and AA rules), as
     * "rule: where" lines; none expected. Skipped (empty) when the build could not fetch axe-core.
     */
    @SuppressWarnings("unchecked")
    static java.util.List<String> accessibilityViolations(ChromeDriver driver) {
        if (!Files.exists(AXE)) {
            System.out.println("axe-core missing (no npm at build time): accessibility check skipped");
            return java.util.List.of();
        }
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                + "});");
        return (java.util.List<String>) result;
    }

    /**
     * At 390 px wide, the elements that reach past the screen's right edge (none when the document is no wider than the
     * viewport: a phone never scrolls sideways); the window is set back to 1280 px after.
     */
    static String overflowAtPhoneWidth(ChromeDriver driver) {
        driver.manage().window().setSize(new Dimension(390, 900));
        try {
            return PhoneChecks.overflow(driver);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** A screenshot of the page at 1280 and at 390 px wide, under target/screenshots. */
    static void screenshots(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[]{1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(4000, Math.max(600, height))));
                File shot = driver.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
