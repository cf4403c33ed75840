package org.caseledger.api.pages;

import org.caseledger.api.i18n.Yuan;

import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.scenario.CaseScenario;
import org.caseledger.core.scenario.CoverageCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

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
class LudianThroughThePagesTest extends ThroughThePages {

    static final String CASE = "LD-UI-1";
    static final List<String> OWED = List.of("19870.00", "17650.00", "16934.00", "15600.00", "14800.00");
    static final List<String> VERIFIED = List.of("17870.00", "15650.00", "14934.00", "13600.00", "12800.00");

    static String idCard(int i) {
        String first17 = "5306211975050500" + i;
        return first17 + PersonalData.checkDigit(first17);
    }

    int marks() {
        return driver.findElements(By.cssSelector(".lane-track .mark")).size();
    }

    /** Opens a next step, fills it and sends it; waits for the page to come back at a newer version. */
    void step(String route, Map<String, String> values) {
        long before = version();
        WebElement details = openStep(route);
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
                if ("hidden".equals(input.getAttribute("type"))) {
                    assertThat(input.getAttribute("value")).as(route + " " + name + ": the id the page generates").isEqualTo(value);
                } else if (input.getTagName().equals("select")) {
                    new Select(input).selectByValue(value);
                } else {
                    set(input, value);
                }
            }
        });
        form.findElement(By.cssSelector("button[type='submit']")).click();
        awaitNewerVersion(route, before);
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

        driver.findElement(By.id("assignment")).click();
        assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo("指派通知书");
        assertThat(driver.findElement(By.id("doc-workers")).getText()).contains("工人1", "工人5");
        look("assignment-notice");
        driver.get(url("/cases/" + CASE));
        driver.findElement(By.id("closing-report")).click();
        assertThat(driver.findElement(By.id("report-reason")).getText()).isEqualTo("全额支付");
        assertThat(driver.findElement(By.id("report-received")).getText()).isEqualTo("74,854.00");
        assertThat(driver.findElement(By.id("report-ledger")).getText()).contains("工人1");
        look("closing-report");
        driver.get(url("/cases/" + CASE));
        // 领款确认书 of the first worker: 17,870.00 paid out, in capital numerals
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("a[href$='/receipts/W1']")).isEmpty());
        driver.findElement(By.cssSelector("a[href$='/receipts/W1']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("receipt-name")).isEmpty());
        assertThat(driver.findElement(By.id("receipt-name")).getText()).isEqualTo("工人1");
        assertThat(driver.findElement(By.id("receipt-figures")).getText()).isEqualTo("¥17,870.00");
        assertThat(driver.findElement(By.id("receipt-capital")).getText()).isEqualTo("人民币壹万柒仟捌佰柒拾元整");
        look("receipt");

        driver.get(url("/cases/" + CASE + "/letters/L2"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("鲁甸县总工会意见书");
        look("letter");
        driver.get(url("/cases/" + CASE + "/audit"));
        assertThat(driver.findElement(By.id("verify")).getText()).contains("一致");
        look("audit");
        driver.get(url("/cases"));
        assertThat(driver.findElement(By.cssSelector("#case-list a[href='/cases/" + CASE + "']")).isDisplayed()).isTrue();
        look("cases");

        signIn("dashboard", "dashboard-demo");
        driver.get(url("/dashboard?from=2025-03&to=2025-03")); // the month 鲁甸 was filed in: other tests file in other months
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
        assertThat(driver.findElements(By.cssSelector("#case-list a[href='/cases/" + CASE + "']"))).isEmpty();
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
        if (!driver.findElement(By.cssSelector(step + "summary")).isDisplayed()) {
            tabTo("#other-steps > summary").sendKeys(Keys.ENTER); // behind 其他操作: opened by keyboard too
        }
        tabTo(step + "summary").sendKeys(Keys.ENTER);
        tabTo(step + "[data-part='personalData.name']").sendKeys("工人乙");
        tabTo(step + "[data-part='claimed']").sendKeys("200.00");
        tabTo(step + "button[type=submit]").sendKeys(Keys.ENTER);
        awaitNewerVersion("claimants", before);
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
    void an_officer_plans_a_reply_window_with_the_calendar_form() {
        // a 意见书 received 2026-12-28 with 15 working days: 元旦 passed over, 2027-01-19, provisional until 2027 is loaded
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        driver.get(url("/calendar"));
        set(driver.findElement(By.id("calendar-from")), "2026-12-28");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("calendar-counting"))).selectByValue("WORKING_DAYS");
        driver.findElement(By.id("calendar-length")).sendKeys("15", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("calendar-last-day")).isEmpty());
        assertThat(driver.findElement(By.id("calendar-last-day")).getText()).isEqualTo("2027-01-19");
        assertThat(driver.findElement(By.id("calendar-provisional")).getText()).isEqualTo("暂定");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("2027-01-01", "法定节假日");
        look("calendar");
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

    /**
     * The other road, through arbitration, court enforcement (asset search, 限制高消费, 终本 and resumption), a
     * settlement, payment, allocation, refund, disbursement, closure and reopening: the commands of the reference
     * scenario, each entered in the form the page generates for it — amounts in yuan, rows for award items and
     * restricted persons, choices for claimants and obligors — never as JSON.
     */
    @Test
    void an_officer_takes_a_case_through_arbitration_and_enforcement_through_the_pages() throws Exception {
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        CaseScenario scenario = CoverageCases.run().stream()
                .filter(sc -> ((FileWageClaim) sc.commands().get(0)).caseId().value().equals("CV-ARB-1")).findFirst().orElseThrow();
        FileWageClaim filing = (FileWageClaim) scenario.commands().get(0);
        String caseId = "LD-ARB-UI";
        driver.get(url("/cases/new"));
        set(driver.findElement(By.name("caseId")), caseId);
        set(driver.findElement(By.name("occurredOn")), filing.occurredOn().toString());
        set(driver.findElement(By.name("employmentEndedOn")), filing.employmentEndedOn().toString());
        WebElement row = driver.findElement(By.cssSelector("#claimant-rows tbody tr"));
        set(row.findElement(By.cssSelector("[data-part='name']")), filing.claimants().get(0).personalData().name());
        set(row.findElement(By.cssSelector("[data-part='claimed']")), yuan(filing.claimants().get(0).claimed().fen()));
        WebElement obligor = driver.findElement(By.cssSelector("#obligor-rows tbody tr"));
        set(obligor.findElement(By.cssSelector("[data-part='name']")), filing.obligors().get(0).name());
        new Select(obligor.findElement(By.cssSelector("[data-part='role']"))).selectByValue("EMPLOYER");
        driver.findElement(By.cssSelector("#filing button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/cases/" + caseId));

        throughThePages(scenario.commands().subList(1, scenario.commands().size()), Map.of("CV-W1", "W1", "CV-W2", "W2", "CV-EMP", "O1"));
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("执行"); // reopened in the stage it was closed in
        assertThat(driver.findElement(By.id("total-disbursed")).getText()).isEqualTo("1,500.00");
        assertThat(driver.findElements(By.cssSelector(".span-gap"))).as("终本 drawn as a gap").isNotEmpty();
        look("case-enforcement");
    }

    /** Sends each command through the step the case page offers for it, its ids renamed as the page's case has them. */
    private void throughThePages(List<Object> commands, Map<String, String> ids) throws Exception {
        for (Object command : commands) {
            String json = HttpApiJson.MAPPER.writeValueAsString(command);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                json = json.replace("\"" + id.getKey() + "\"", "\"" + id.getValue() + "\"");
            }
            com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) HttpApiJson.MAPPER.readTree(json);
            java.util.Optional<org.caseledger.api.web.CommandRoute> routed = org.caseledger.api.web.CommandRoutes.ALL.stream()
                    .filter(r -> r.command() == command.getClass()).findFirst();
            if (routed.isEmpty()) {
                continue; // the erasure of personal data is an admin's request, not a form of the case page
            }
            org.caseledger.api.web.CommandRoute route = routed.get();
            body.remove("caseId");
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (String part : route.path().split("/")) {
                if (part.startsWith("{")) {
                    String name = part.substring(1, part.length() - 1);
                    values.put("path:" + name, body.remove(name).asText());
                }
            }
            fill(route.path(), body, values);
        }
    }

    /** Files a case through the API (many claimants and obligors at once), as the officer's own. */
    private void fileThroughTheApi(String user, String password, FileWageClaim filing, String caseId) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) HttpApiJson.MAPPER.valueToTree(filing);
        body.put("caseId", caseId);
        java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/cases")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void the_new_roads_through_the_pages_judicial_confirmation_liability_and_the_wage_deposit() throws Exception {
        // 大武口: mediation → 司法确认 → enforcement, every step after the filing through the case page
        driver = Browser.start("zh-CN");
        CaseScenario dawukou = org.caseledger.core.scenario.DawukouReferenceCaseTest.run();
        fileThroughTheApi("officer-dawukou", "dawukou-demo", (FileWageClaim) dawukou.commands().get(0), "DWK-UI-1");
        signIn("officer-dawukou", "dawukou-demo");
        driver.get(url("/cases/DWK-UI-1"));
        throughThePages(dawukou.commands().subList(1, dawukou.commands().size()), Map.of());
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("结案");
        assertThat(driver.findElement(By.id("total-disbursed")).getText()).isEqualTo("140,000.00");
        look("case-dawukou");

        // the construction case: the owner's cap recorded, its advance, and the rest from the contractor's wage deposit
        CaseScenario construction = org.caseledger.core.scenario.ConstructionCaseTest.run();
        fileThroughTheApi("officer-ludian", "ludian-demo", (FileWageClaim) construction.commands().get(0), "LD-UI-2");
        signIn("officer-ludian", "ludian-demo");
        driver.get(url("/cases/LD-UI-2"));
        List<Object> steps = construction.commands().subList(1, construction.commands().size());
        int paymentFromDeposit = steps.indexOf(steps.stream().filter(c -> c instanceof org.caseledger.core.money.RecordPayment p
                && p.channel() == org.caseledger.core.money.PaymentChannel.WAGE_DEPOSIT).findFirst().orElseThrow());
        throughThePages(steps.subList(0, paymentFromDeposit + 1), Map.of());
        WebElement owner = driver.findElement(By.cssSelector("#obligors tr[data-obligor='LD2-OWNER']"));
        assertThat(owner.getText()).contains("建设单位").contains("限额责任").contains("30,000.00");
        WebElement contractor = driver.findElement(By.cssSelector("#obligors tr[data-obligor='LD2-GC']"));
        assertThat(contractor.getText()).contains("先行清偿").contains("32,000.00");
        look("case-construction");
        throughThePages(steps.subList(paymentFromDeposit + 1, steps.size()), Map.of());
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("结案");
    }

    static String yuan(long fen) {
        return new Yuan().plain(fen);
    }

    /** Fills a step's generated form from a command's JSON, widget by widget, and sends it. */
    private void fill(String route, com.fasterxml.jackson.databind.node.ObjectNode body, Map<String, String> values) {
        long before = version();
        WebElement details = openStep(route);
        WebElement form = details.findElement(By.tagName("form"));
        values.forEach((name, value) -> new Select(form.findElement(By.name(name))).selectByValue(value));
        body.fields().forEachRemaining(field -> {
            String name = field.getKey();
            com.fasterxml.jackson.databind.JsonNode value = field.getValue();
            if (value.isNull()) {
                return;
            }
            List<WebElement> inputs = form.findElements(By.cssSelector("[name='" + name + "']"));
            if (!inputs.isEmpty()) {
                WebElement input = inputs.get(0);
                String kind = input.getAttribute("data-kind");
                if ("json".equals(kind) && "hidden".equals(input.getAttribute("type"))) {
                    return; // the union body: the officer's own
                }
                if ("newId".equals(kind) && "hidden".equals(input.getAttribute("type"))) {
                    // an id the page generates; the scenario's own ids are kept so that its later steps find them
                    driver.executeScript("arguments[0].value = arguments[1]", input, value.asText());
                    return;
                }
                assertThat(kind).as(route + " " + name + " is entered as JSON").isNotEqualTo("json");
                if (input.getTagName().equals("select")) {
                    new Select(input).selectByValue(value.asText());
                } else if ("bool".equals(kind)) {
                    if (input.isSelected() != value.asBoolean()) {
                        input.click();
                    }
                } else if ("yuan".equals(kind)) {
                    set(input, yuan(value.asLong()));
                } else {
                    set(input, value.asText());
                }
                return;
            }
            WebElement group = form.findElement(By.cssSelector("[data-name='" + name + "']"));
            String kind = group.getAttribute("data-kind");
            if ("set".equals(kind)) {
                value.forEach(v -> group.findElement(By.cssSelector("input[value='" + v.asText() + "']")).click());
            } else if ("claimantAmounts".equals(kind)) {
                value.forEach(v -> set(group.findElement(By.cssSelector("input[data-claimant='" + v.get("claimantId").asText() + "']")),
                        yuan(v.get("amount").asLong())));
            } else if ("list".equals(kind) || "record".equals(kind)) {
                List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
                if (value.isArray()) {
                    value.forEach(items::add);
                } else {
                    items.add(value);
                }
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        group.findElement(By.cssSelector("button[data-rows]")).click();
                    }
                    WebElement row = group.findElements(By.cssSelector("tbody tr")).get(i);
                    fillRow(row, "", items.get(i));
                }
            } else {
                throw new AssertionError(route + " " + name + ": no widget for " + kind);
            }
        });
        form.findElement(By.cssSelector("button[type='submit']")).click();
        awaitNewerVersion(route, before);
    }

    private void fillRow(WebElement row, String prefix, com.fasterxml.jackson.databind.JsonNode item) {
        item.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                fillRow(row, prefix + f.getKey() + ".", f.getValue());
                return;
            }
            if (f.getValue().isNull() || f.getKey().equals("finalItem")) {
                return; // an award item's 0.3 flag: its stated type says it
            }
            if (f.getKey().equals("items") && f.getValue().isArray() && f.getValue().size() == 1
                    && "PRINCIPAL".equals(f.getValue().get(0).path("component").asText())) {
                return; // a claim of wages alone: the claimed sum says it all (a row has no widget for its items)
            }
            WebElement input = row.findElement(By.cssSelector("[data-part='" + prefix + f.getKey() + "']"));
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(f.getValue().asText());
            } else if ("bool".equals(input.getAttribute("data-type"))) {
                if (input.isSelected() != f.getValue().asBoolean()) {
                    input.click();
                }
            } else if ("yuan".equals(input.getAttribute("data-type"))) {
                set(input, yuan(f.getValue().asLong()));
            } else {
                set(input, f.getValue().asText());
            }
        });
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
