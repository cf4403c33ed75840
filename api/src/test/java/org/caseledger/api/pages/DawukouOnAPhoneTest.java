package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.caseledger.api.i18n.Yuan;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 大武口 road on a phone (390 px), through the pages only, as the officer of 大武口区总工会 would take it: twelve
 * workers filed, arbitration, the award (its items start as the claims), the instrument (it starts as the award),
 * enforcement, 40% paid and allocated by share, 终本 within three months — recorded, and its warning shown at once, in
 * the banner, on the lane and in the event list —, resumption, a freeze, the rest paid and allocated by what each is
 * owed, one "发放全部已收", closure. On every page: no horizontal scroll, every field with a visible label, no mark over
 * another, axe-core (target size included) without a serious violation, and every figure equal to the API's; fewer
 * than 60 fields typed for the whole case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseledger.embedded.backend=MEMORY", "caseledger.embedded.port=0", "caseledger.deadlines.sweep-enabled=false",
        "spring.profiles.active=demo"})
class DawukouOnAPhoneTest extends ThroughThePages {

    static final int PHONE = 390;
    static final Path DOCS = Path.of("../docs/screenshots");
    /** What each of the twelve claims, in yuan (uneven, so that shares leave fen to place). */
    static final List<String> CLAIMS = List.of("8650.00", "9120.50", "7800.00", "8333.33", "9999.99", "6450.00",
            "7210.80", "8888.00", "5600.00", "9050.25", "7777.77", "8010.00");
    static final List<String> NAMES = List.of("马建国", "李秀英", "王海", "张桂兰", "刘伟", "陈静", "杨勇", "赵丽", "黄强", "周敏", "吴刚", "徐芳");

    int typed;
    String caseId;

    @Override
    void set(WebElement input, String value) {
        typed++;
        super.set(input, value);
    }

    @Test
    void the_dawukou_road_on_a_phone() throws Exception {
        driver = Browser.start("zh-CN");
        phone();
        driver.get(url("/login"));
        checkPage("sign-in");
        assertThat(text("#demo-accounts")).as("the deployment's own demo accounts, each with its body")
                .contains("officer-dawukou").contains("dawukou-demo").contains("大武口区总工会");
        signIn("officer-dawukou", "dawukou-demo");

        // 立案: twelve workers typed in, the employer; the case id left to the service
        driver.get(url("/cases/new"));
        checkPage("filing");
        set(driver.findElement(By.name("occurredOn")), "2026-03-02");
        set(driver.findElement(By.name("employmentEndedOn")), "2026-02-27");
        for (int i = 0; i < CLAIMS.size(); i++) {
            if (i > 0) {
                click(driver.findElement(By.id("add-claimant")));
            }
            WebElement row = driver.findElements(By.cssSelector("#claimant-rows tbody tr")).get(i);
            set(row.findElement(By.cssSelector("[data-part='name']")), NAMES.get(i));
            set(row.findElement(By.cssSelector("[data-part='claimed']")), CLAIMS.get(i));
        }
        set(driver.findElement(By.cssSelector("#obligor-rows [data-part='name']")), "某物业服务有限公司");
        new Select(driver.findElement(By.cssSelector("#obligor-rows [data-part='role']"))).selectByValue("EMPLOYER");
        labelsVisible("filing");
        click(driver.findElement(By.cssSelector("#filing button[type='submit']")));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/cases/DWK-[^/]+$"));
        caseId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(text("h1")).as("the case by its number, as people say it").matches("(?s)案件 大武口-2026-\\d{4}.*");
        String number = text("h1 span").substring("案件 ".length());
        assertThat(text("#ledger")).as("workers by name, the id a suffix").contains("马建国").contains("W1");
        figuresEqualTheApi();

        step("legal-aid/grant", Map.of("occurredOn", "2026-03-03"));
        step("officer", Map.of("officerName", "大武口区总工会法律援助工作者", "occurredOn", "2026-03-03"));
        step("arbitration", Map.of("commission", "石嘴山市劳动人事争议仲裁委员会", "occurredOn", "2026-03-05"));
        step("arbitration/acceptance", Map.of("arbitrationCaseNo", "石劳人仲案字〔2026〕15号", "occurredOn", "2026-03-09"));

        // the award: its items start as the claims, one row a worker, each field labelled where it stands
        openStep("arbitration/award");
        WebElement award = stepForm("arbitration/award");
        List<WebElement> rows = award.findElements(By.cssSelector("[data-name='items'] tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(rows.get(3).findElement(By.cssSelector("[data-part='amount']")).getAttribute("value")).isEqualTo("8333.33");
        assertThat(award.findElement(By.cssSelector(".step-hint")).getText()).as("the form says what it records")
                .isEqualTo(message("hint.RecordArbitralAward"));
        labelsVisible("award form");
        noHorizontalScroll("award form");
        screenshot(driver.findElement(By.cssSelector("details.step[data-route='arbitration/award']")), "award-form");
        fill(award, Map.of("awardNo", "石劳人仲裁字〔2026〕15号", "occurredOn", "2026-04-20"));
        send("arbitration/award", award);

        // the instrument: the award's number and items already there
        openStep("instruments");
        WebElement instrument = stepForm("instruments");
        assertThat(instrument.findElement(By.name("documentNo")).getAttribute("value")).isEqualTo("石劳人仲裁字〔2026〕15号");
        assertThat(instrument.findElements(By.cssSelector("[data-name='amounts'] tbody tr"))).hasSize(12);
        fill(instrument, Map.of("performanceDue", "2026-05-18", "occurredOn", "2026-05-08"));
        send("instruments", instrument);

        step("enforcement", Map.of("court", "石嘴山市大武口区人民法院", "occurredOn", "2026-05-20"));
        step("enforcement/filing", Map.of("enforcementCaseNo", "（2026）宁0202执1234号", "occurredOn", "2026-05-25"));
        step("asset-searches", Map.of("balanceFound", "0", "occurredOn", "2026-06-01"));
        openStep("consumption-restrictions");
        WebElement restriction = stepForm("consumption-restrictions");
        set(restriction.findElement(By.cssSelector("[data-part='name']")), "某法定代表人");
        labelsVisible("限高 form");
        fill(restriction, Map.of("occurredOn", "2026-06-02"));
        send("consumption-restrictions", restriction);

        // 40% paid into the court's account, allocated by share of what each is owed
        long total = CLAIMS.stream().mapToLong(DawukouOnAPhoneTest::fen).sum();
        long forty = total * 40 / 100;
        openStep("payments");
        WebElement payment = stepForm("payments");
        new Select(payment.findElement(By.name("channel"))).selectByValue("COURT_ESCROW");
        fill(payment, Map.of("amount", new Yuan().plain(forty), "occurredOn", "2026-06-20"));
        click(payment.findElement(By.cssSelector(".allocate-by[data-by='share']")));
        assertThat(payment.findElement(By.cssSelector(".remainder-fen")).getText()).as("all of it allocated").isEqualTo("0.00");
        send("payments", payment);
        assertThat(text("#total-received")).isEqualTo(new Yuan().of(forty));
        figuresEqualTheApi();

        // 终本 within three months of the enforcement's filing: recorded, and said at once
        String warning = message("enum.CaseWarning.ROUND_TERMINATED_WITHIN_THREE_MONTHS");
        step("enforcement/round-termination", Map.of("occurredOn", "2026-07-15"));
        assertThat(text("#flash")).as("the answer says it").startsWith("已登记，但：").contains(warning);
        assertThat(text("#case-warnings")).as("the banner says it").contains(warning).contains("终本规定第1条第4项");
        assertThat(text("#entries")).as("the event list says it").contains(warning);
        WebElement warned = driver.findElement(By.cssSelector(".lane-track .mark.warned"));
        click(warned);
        assertThat(driver.findElement(By.id(warned.getAttribute("aria-controls"))).getText()).as("the lane's mark, tapped").contains(warning);
        look("dawukou-terminated");

        step("enforcement/resumption", Map.of("reason", "发现被执行人有可供执行的银行存款", "occurredOn", "2026-09-01"));
        openStep("freezes");
        WebElement freeze = stepForm("freezes");
        new Select(freeze.findElement(By.name("assetKind"))).selectByValue("BANK_DEPOSIT");
        fill(freeze, Map.of("amount", new Yuan().plain(total - forty), "occurredOn", "2026-09-02"));
        send("freezes", freeze);

        // the rest, allocated by what each is still owed
        openStep("payments");
        WebElement rest = stepForm("payments");
        new Select(rest.findElement(By.name("channel"))).selectByValue("COURT_ESCROW");
        fill(rest, Map.of("amount", new Yuan().plain(total - forty), "occurredOn", "2026-10-15"));
        click(rest.findElement(By.cssSelector(".allocate-by[data-by='owed']")));
        assertThat(rest.findElement(By.cssSelector(".remainder-fen")).getText()).isEqualTo("0.00");
        send("payments", rest);
        figuresEqualTheApi();

        // a refusal is said beside the field it concerns, in red, and the focus goes there
        openStep("disbursements");
        WebElement one = stepForm("disbursements");
        new Select(one.findElement(By.name("claimantId"))).selectByValue("W12");
        fill(one, Map.of("amount", "99999.00"));
        click(one.findElement(By.cssSelector("button[type='submit']")));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !one.findElements(By.cssSelector(".field-error")).isEmpty());
        WebElement refusal = one.findElement(By.cssSelector(".field-error"));
        assertThat(refusal.getCssValue("color")).as("in red").isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(driver.switchTo().activeElement().getAttribute("name")).as("the focus on the field refused").isEqualTo("amount");
        assertThat(text("#total-disbursed")).as("nothing recorded").isEqualTo("0.00");
        driver.navigate().refresh();

        // one form pays out all that was received, a disbursement per worker
        assertThat(driver.findElement(By.cssSelector("#steps > details.step")).getAttribute("data-route"))
                .as("money held for the workers comes first").isEqualTo("disburse-all");
        openStep("disburse-all");
        WebElement all = driver.findElement(By.cssSelector("details.step[data-route='disburse-all'] form"));
        assertThat(all.findElements(By.cssSelector("tr[data-claimant]"))).hasSize(12);
        long before = version();
        click(all.findElement(By.cssSelector("button[type='submit']")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return version() >= before + 12;
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
        assertThat(text("#total-disbursed")).isEqualTo(new Yuan().of(total));
        assertThat(driver.findElements(By.cssSelector("#entries details.group"))).as("twelve disbursements, one line").isNotEmpty();

        assertThat(driver.findElement(By.cssSelector("#steps > details.step")).getAttribute("data-route")).isEqualTo("closure");
        openStep("closure");
        WebElement closure = stepForm("closure");
        new Select(closure.findElement(By.name("reason"))).selectByValue("PAID_IN_FULL");
        send("closure", closure);
        assertThat(text("#stage")).isEqualTo("结案");
        long finalVersion = version();
        figuresEqualTheApi();
        marksApart();
        look("dawukou-closed");
        screenshot(driver.findElement(By.tagName("body")), "case-page");

        // a letter the case does not have says so, not that the case is missing
        driver.get(url("/cases/" + caseId + "/letters/L9"));
        assertThat(text("p.alert")).isEqualTo(message("problem.LETTER_NOT_FOUND"));

        // the dashboard: claimed in the month the case was filed, recovered in the months the money came in
        driver.get(url("/dashboard?from=2026-03&to=2026-10&unionBody=" + java.net.URLEncoder.encode("大武口区总工会", java.nio.charset.StandardCharsets.UTF_8)));
        checkPage("dashboard");
        Yuan yuan = new Yuan();
        assertThat(text("#by-month tr[data-month='2026-03'] td:nth-of-type(2)")).isEqualTo(yuan.of(total));
        assertThat(text("#by-month tr[data-month='2026-06'] td.recovered")).isEqualTo(yuan.of(forty));
        assertThat(text("#by-month tr[data-month='2026-10'] td.recovered")).isEqualTo(yuan.of(total - forty));
        assertThat(text("#by-month tr[data-month='2026-03'] td.recovered")).isEqualTo("0.00");
        assertThat(text("#trend [data-body='大武口区总工会'] li[data-month='2026-06']")).contains(yuan.of(forty));
        look("dashboard-phone");

        driver.get(url("/cases/" + caseId + "/audit"));
        checkPage("audit");
        // the slider moves by day: its last day is the closure's, with the events of that day numbered as on the case page
        assertThat(driver.findElement(By.id("slider")).getAttribute("max")).isEqualTo(String.valueOf(
                ((Number) driver.executeScript("return new Set(Array.from(document.querySelectorAll('#history td:nth-child(3)')).map(function (c) { return c.textContent; })).size")).longValue() - 1));
        assertThat(text("#state")).contains("№" + (finalVersion + 1));
        screenshot(driver.findElement(By.tagName("body")), "audit-page");
        String c = "/cases/" + caseId;
        for (String page : List.of("/cases", "/cases?page=1&stage=CLOSED", "/dashboard/hotline", "/people", "/work-orders", "/work-orders/new",
                "/matters/new", "/calendar", c + "/closing-report", c + "/receipts/W12", c + "/documents/application/W1",
                c + "/documents/aid-decision", c + "/documents/assignment", "/employers?key=" + java.net.URLEncoder.encode("name:某物业服务有限公司",
                        java.nio.charset.StandardCharsets.UTF_8))) {
            driver.get(url(page));
            checkPage(page);
        }

        // found by its number as people say it, with or without the zeros
        driver.get(url("/cases?q=" + java.net.URLEncoder.encode(number.replaceFirst("-0+(\\d)", "-$1"), java.nio.charset.StandardCharsets.UTF_8)));
        checkPage("search by number");
        assertThat(driver.findElements(By.cssSelector("#case-list tbody th a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(url(c));

        // in the reader's language: the same warning in English, with its article
        driver.get(url(c + "?lang=en"));
        checkPage("the case in English");
        assertThat(text("#case-warnings")).contains(message("enum.CaseWarning.ROUND_TERMINATED_WITHIN_THREE_MONTHS", "_en"))
                .contains("终本规定 art. 1(4)");
        assertThat(text("h1")).startsWith("Case 大武口-2026-");
        driver.get(url(c + "?lang=zh"));

        assertThat(typed).as("fields typed for the whole case").isLessThan(60);
        System.out.println("大武口 on a phone: " + typed + " fields typed");
    }

    // ------------------------------------------------------------------ what a person does

    /** Screenshots and axe-core as every browser test takes them, then back to the phone's width. */
    @Override
    void look(String name) {
        super.look(name);
        phone();
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(PHONE, 860));
    }

    void click(WebElement e) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** The step's form, which says in one line what it records. */
    WebElement stepForm(String route) {
        WebElement form = driver.findElement(By.cssSelector("details.step[data-route='" + route + "'] form"));
        assertThat(form.findElement(By.cssSelector(".step-hint")).getText()).as(route + " says what it records").isNotBlank();
        return form;
    }

    void fill(WebElement form, Map<String, String> values) {
        values.forEach((name, value) -> set(form.findElement(By.name(name)), value));
    }

    void step(String route, Map<String, String> values) {
        openStep(route);
        WebElement form = stepForm(route);
        fill(form, values);
        send(route, form);
    }

    /** Sends the form and waits for the page to come back at a newer version; a refusal fails at once, with its words. */
    void send(String route, WebElement form) {
        long before = version();
        click(form.findElement(By.cssSelector("button[type='submit']")));
        awaitNewerVersion(route, before);
        checkPage(route);
    }

    // ------------------------------------------------------------------ what the test checks on every page

    void checkPage(String name) {
        noHorizontalScroll(name);
        labelsVisible(name);
        marksApart();
    }

    void noHorizontalScroll(String name) {
        assertThat(PhoneChecks.overflow(driver)).as("what is wider than the screen on " + name + " at " + PHONE + " px").isEmpty();
    }

    /** Every field the officer can see has a label he can see: its own label element with words in it, shown. */
    void labelsVisible(String name) {
        assertThat(PhoneChecks.unlabelledFields(driver)).as("fields without a visible label on " + name).isEmpty();
    }

    /** No mark of the lanes drawn over another: their boxes do not intersect. */
    void marksApart() {
        assertThat(PhoneChecks.overlappingMarks(driver)).as("marks drawn over one another").isEmpty();
    }

    /** Each claimant's figures and the totals on the page, against the API's timeline of the same case. */
    void figuresEqualTheApi() throws Exception {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        String json = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/api/cases/' + arguments[0] + '/timeline', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})"
                + ".then(function (r) { return r.text(); }).then(done);", caseId);
        JsonNode ledger = HttpApiJson.MAPPER.readTree(json).path("timeline").path("ledger");
        assertThat(ledger.size()).isEqualTo(12);
        Yuan yuan = new Yuan();
        List<String> differences = new ArrayList<>();
        long claimed = 0;
        long received = 0;
        for (JsonNode line : ledger) {
            WebElement row = driver.findElement(By.cssSelector("#ledger tr[data-claimant='" + line.path("claimantId").asText() + "']"));
            for (WebElement cell : row.findElements(By.cssSelector("td[data-field]"))) {
                JsonNode value = line.path(cell.getAttribute("data-field"));
                String expected = value.isNull() || value.isMissingNode() ? "" : yuan.of(value.asLong());
                if (!expected.equals(cell.getAttribute("textContent").trim())) {
                    differences.add(line.path("claimantId").asText() + " " + cell.getAttribute("data-field") + ": page "
                            + cell.getAttribute("textContent").trim() + ", API " + expected);
                }
            }
            claimed += line.path("claimedFen").asLong();
            received += line.path("receivedFen").asLong();
        }
        assertThat(differences).as("figures on the page against the API").isEmpty();
        assertThat(driver.findElement(By.id("total-claimed")).getAttribute("textContent").trim()).isEqualTo(yuan.of(claimed));
        assertThat(driver.findElement(By.id("total-received")).getAttribute("textContent").trim()).isEqualTo(yuan.of(received));
    }

    void screenshot(WebElement element, String name) throws Exception {
        Files.createDirectories(Browser.SCREENSHOTS);
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(PHONE, (int) Math.min(6000, Math.max(860, height))));
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
        Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Browser.SCREENSHOTS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        if (Files.isDirectory(DOCS) && Boolean.getBoolean("caseledger.writeScreenshots")) {
            Files.copy(shot, DOCS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        phone();
    }

    static long fen(String yuan) {
        return Long.parseLong(yuan.replace(".", ""));
    }

    static String message(String key) throws Exception {
        return message(key, "");
    }

    /** A message of the Chinese bundle, or of another ("_en"), as the service reads it. */
    static String message(String key, String bundle) throws Exception {
        Properties p = new Properties();
        try (var in = new java.io.InputStreamReader(DawukouOnAPhoneTest.class.getResourceAsStream("/messages" + bundle + ".properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.getProperty(key);
    }
}
