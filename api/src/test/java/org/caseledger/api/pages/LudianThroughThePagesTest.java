package org.caseledger.api.pages;

import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.core.intake.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 鲁甸 reference case taken from filing to closure through the pages only, in headless Chromium, as an officer
 * who reads Chinese would: the filing form, then each next step's form (mediation agreement, broken promise,
 * re-verification, 提示函, 意见书, payment, disbursement, closure), watching the timeline grow; the dashboard's
 * figures; an officer of another union body refused; the filing form by keyboard alone; screenshots of every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseledger.embedded.backend=MEMORY", "caseledger.embedded.port=0", "caseledger.deadlines.sweep-enabled=false",
        "spring.profiles.active=demo"})
class LudianThroughThePagesTest {

    static final String CASE = "LD-UI-1";
    static final List<String> OWED = List.of("19870.00", "17650.00", "16934.00", "15600.00", "14800.00");
    static final List<String> VERIFIED = List.of("17870.00", "15650.00", "14934.00", "13600.00", "12800.00");

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

    static String idCard(int i) {
        String first17 = "5306211975050500" + i;
        return first17 + PersonalData.checkDigit(first17);
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

    static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** Screenshots of the page, and no serious accessibility violation on it. */
    void look(String name) {
        Browser.screenshots(driver, name);
        assertThat(Browser.accessibilityViolations(driver)).as("accessibility of " + name).isEmpty();
    }

    long version() {
        return Long.parseLong(driver.findElement(By.id("version")).getText());
    }

    int marks() {
        return driver.findElements(By.cssSelector(".lane-track .mark")).size();
    }

    /** Opens a next step, fills it and sends it; waits for the page to come back at a newer version. */
    void step(String route, Map<String, String> values) {
        long before = version();
        WebElement details = driver.findElement(By.cssSelector("details.step[data-route='" + route + "']"));
        details.findElement(By.tagName("summary")).click();
        WebElement form = details.findElement(By.tagName("form"));
        values.forEach((name, value) -> {
            if (name.startsWith("check:")) {
                form.findElement(By.cssSelector("[data-name='" + name.substring(6) + "'] input[value='" + value + "']")).click();
            } else if (name.startsWith("part:")) {
                set(form.findElement(By.cssSelector("[data-part='" + name.substring(5) + "']")), value);
            } else if (name.startsWith("amount:")) {
                set(form.findElement(By.cssSelector("input[data-claimant='" + name.substring(7) + "']")), value);
            } else {
                WebElement input = form.findElement(By.name(name));
                if (input.getTagName().equals("select")) {
                    new Select(input).selectByValue(value);
                } else {
                    set(input, value);
                }
            }
        });
        form.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> alert = d.findElements(By.cssSelector(".outcome.alert"));
            if (!alert.isEmpty() && !alert.get(0).getText().isBlank()) {
                throw new AssertionError(route + " refused: " + alert.get(0).getText());
            }
            try {
                return version() > before;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException reloading) {
                return false;
            }
        });
    }

    @Test
    void an_officer_takes_the_ludian_case_from_filing_to_closure_through_the_pages() {
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        driver.get(url("/cases/new"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("立案");
        set(driver.findElement(By.name("caseId")), CASE);
        set(driver.findElement(By.name("occurredOn")), "2025-03-10");
        new Select(driver.findElement(By.name("channel"))).selectByValue("HOTLINE_12351");
        set(driver.findElement(By.name("workOrderNo")), "12351-LD-0310");
        set(driver.findElement(By.name("industry")), "建筑");
        set(driver.findElement(By.name("employmentEndedOn")), "2025-01-20");
        for (int i = 0; i < 5; i++) {
            if (i > 0) {
                driver.findElement(By.id("add-claimant")).click();
            }
            WebElement row = driver.findElements(By.cssSelector("#claimant-rows tbody tr")).get(i);
            set(row.findElement(By.cssSelector("[data-part='name']")), "工人" + (i + 1));
            set(row.findElement(By.cssSelector("[data-part='idCardNumber']")), idCard(i + 1));
            set(row.findElement(By.cssSelector("[data-part='claimed']")), OWED.get(i));
        }
        WebElement first = driver.findElements(By.cssSelector("#obligor-rows tbody tr")).get(0);
        set(first.findElement(By.cssSelector("[data-part='name']")), "某劳务有限公司");
        new Select(first.findElement(By.cssSelector("[data-part='role']"))).selectByValue("LABOUR_SUBCONTRACTOR");
        driver.findElement(By.id("add-obligor")).click();
        WebElement second = driver.findElements(By.cssSelector("#obligor-rows tbody tr")).get(1);
        set(second.findElement(By.cssSelector("[data-part='name']")), "某建设集团有限公司");
        new Select(second.findElement(By.cssSelector("[data-part='role']"))).selectByValue("GENERAL_CONTRACTOR");
        look("filing");
        driver.findElement(By.cssSelector("#filing button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/cases/" + CASE));
        assertThat(driver.findElement(By.id("total-claimed")).getText()).isEqualTo("84,854.00");

        step("legal-aid/grant", fields("occurredOn", "2025-03-11"));
        step("officer", fields("officerId", "ld-officer", "officerName", "法律援助工作者", "occurredOn", "2025-03-11"));
        int marksBefore = marks();
        step("meetings", fields("format", "ONLINE", "check:attendees", "O1", "outcome", "线上调解", "occurredOn", "2025-03-20"));
        assertThat(marks()).as("the meeting is on the timeline").isGreaterThan(marksBefore);
        step("mediation-agreements", fields("promiseId", "P1", "obligorId", "O1", "amount:W1", "17870.00", "amount:W2", "15650.00",
                "amount:W3", "14934.00", "amount:W4", "13600.00", "amount:W5", "12800.00", "promisedPayDate", "2025-04-30",
                "reductionReason", "工人同意按74,854元结算", "occurredOn", "2025-03-20"));
        step("payment-promises/{promiseId}/broken", fields("path:promiseId", "P1"));
        assertThat(driver.findElements(By.cssSelector(".mark.alert"))).as("the broken promise in red").isNotEmpty();
        step("meetings", fields("format", "IN_PERSON", "check:attendees", "O2", "outcome", "第一次协调会", "occurredOn", "2025-05-08"));
        for (int i = 0; i < 5; i++) {
            step("claim-revisions", fields("claimantId", "W" + (i + 1), "revised", VERIFIED.get(i), "reason", "核定：工程量和单价复核",
                    "occurredOn", "2025-05-15"));
        }
        step("supervision-letters", fields("letterId", "L1", "letterType", "REMINDER", "documentNo", "鲁工提〔2025〕1号", "signer", "主席",
                "recipientKind", "GENERAL_CONTRACTOR", "recipientObligorId", "O2", "recipientName", "某建设集团有限公司", "subject", "WAGES",
                "facts", "拖欠五名农民工工资", "legalBasis", "保障农民工工资支付条例第三十条", "demands", "先行清偿", "occurredOn", "2025-05-21"));
        step("supervision-letters", fields("letterId", "L2", "letterType", "OPINION", "documentNo", "鲁工意〔2025〕1号", "signer", "主席",
                "recipientKind", "GENERAL_CONTRACTOR", "recipientObligorId", "O2", "recipientName", "某建设集团有限公司", "subject", "WAGES",
                "facts", "承诺未履行", "legalBasis", "工会法第二十三条", "demands", "立即足额支付", "occurredOn", "2025-06-09"));
        look("case-in-progress");
        step("payments", fields("paymentId", "PAY1", "payerObligorId", "O2", "channel", "CONTRACTOR_ON_BEHALF", "amount", "74854.00",
                "amount:W1", "17870.00", "amount:W2", "15650.00", "amount:W3", "14934.00", "amount:W4", "13600.00", "amount:W5", "12800.00",
                "occurredOn", "2025-06-17"));
        assertThat(driver.findElement(By.id("total-received")).getText()).isEqualTo("74,854.00");
        for (int i = 0; i < 5; i++) {
            step("disbursements", fields("claimantId", "W" + (i + 1), "amount", VERIFIED.get(i), "occurredOn", "2025-06-17"));
        }
        step("closure", fields("reason", "PAID_IN_FULL", "occurredOn", "2025-06-17"));
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("结案");
        assertThat(driver.findElement(By.id("ledger")).getText()).as("the officer sees the names he filed").contains("工人1");
        assertThat(driver.findElement(By.id("total-disbursed")).getText()).isEqualTo("74,854.00");
        look("case");

        driver.get(url("/cases/" + CASE + "/letters/L2"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("鲁甸县总工会意见书");
        look("letter");
        driver.get(url("/cases/" + CASE + "/audit"));
        assertThat(driver.findElement(By.id("verify")).getText()).contains("一致");
        look("audit");
        driver.get(url("/cases"));
        assertThat(driver.findElement(By.linkText(CASE)).isDisplayed()).isTrue();
        look("cases");

        signIn("dashboard", "dashboard-demo");
        driver.get(url("/dashboard"));
        assertThat(driver.findElement(By.id("fig-recovered")).getText()).isEqualTo("74,854.00");
        assertThat(driver.getPageSource()).doesNotContain("工人1").doesNotContain(idCard(1)).doesNotContain(CASE);
        look("dashboard");

        signIn("officer-zhaotong", "zhaotong-demo"); // the city above 鲁甸: reads the case, neither names nor next steps
        driver.get(url("/cases/" + CASE));
        assertThat(driver.findElement(By.id("ledger")).getText()).contains("74,854.00").doesNotContain("工人1");
        assertThat(driver.findElements(By.cssSelector("details.step"))).isEmpty();

        signIn("officer-pingliang", "pingliang-demo");
        driver.get(url("/cases/" + CASE));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("出错了");
        driver.get(url("/cases"));
        assertThat(driver.findElements(By.linkText(CASE))).isEmpty();
    }

    @Test
    void the_filing_form_works_by_keyboard_alone() {
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        driver.get(url("/cases/new"));
        driver.findElement(By.tagName("body")).click();
        // only Tab, typing and Enter from here: every field is reached in order and filled where it stands
        tabTo("[name=caseId]").sendKeys("LD-KEY-1");
        tabTo("[name=workOrderNo]").sendKeys("W-1");
        tabTo("[name=industry]").sendKeys("建筑");
        tabTo("#claimant-rows [data-part=name]").sendKeys("工人甲");
        tabTo("#claimant-rows [data-part=idCardNumber]").sendKeys(idCard(7));
        tabTo("#claimant-rows [data-part=claimed]").sendKeys("1000.50");
        tabTo("#obligor-rows [data-part=name]").sendKeys("某公司");
        WebElement submit = tabTo("#filing button[type=submit]");
        driver.executeScript("document.querySelector('[name=employmentEndedOn]').value = '2025-01-20'"); // a date's segments are typed per locale
        submit.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/cases/LD-KEY-1"));
        assertThat(driver.findElement(By.id("total-claimed")).getText()).isEqualTo("1,000.50");
        // a next step by keyboard too; a record inside a command (the new claimant) is a row of fields, never JSON
        long before = version();
        String step = "details.step[data-route='claimants'] ";
        tabTo(step + "summary").sendKeys(Keys.ENTER);
        tabTo(step + "[data-part='personalData.name']").sendKeys("工人乙");
        tabTo(step + "[data-part='claimed']").sendKeys("200.00");
        tabTo(step + "button[type=submit]").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                return version() > before;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException reloading) {
                return false;
            }
        });
        assertThat(driver.findElement(By.id("total-claimed")).getText()).isEqualTo("1,200.50");
        assertThat(driver.findElement(By.id("ledger")).getText()).contains("工人甲").contains("W2");

        driver.get(url("/cases?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My cases");
        driver.get(url("/cases"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("the choice is remembered").isEqualTo("My cases");
        driver.get(url("/cases?lang=zh"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("我的案件");
    }

    @Test
    void an_english_browser_gets_english_pages_and_any_other_gets_chinese() {
        driver = Browser.start("en-US");
        driver.get(url("/login"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        driver.quit();
        driver = Browser.start("fr-FR");
        driver.get(url("/login"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
    }

    /** Presses Tab until the element is focused (at most 60 times): it must be reachable by keyboard. */
    private WebElement tabTo(String css) {
        WebElement target = driver.findElement(By.cssSelector(css));
        for (int i = 0; i < 60; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return target;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError(css + " is not reached by Tab");
    }
}
