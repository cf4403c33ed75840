package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.integrity.CaseFileVerifier;
import org.caseledger.api.sheets.WorkerLists;
import org.caseledger.api.store.MongoConnection;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people and the paper of a case through the pages, in headless Chromium, in Chinese. A contractor's list of 300
 * workers: first as a CSV with three bad rows (each named by row and column, nothing filed), then as the .xlsx — filed,
 * its total the sheet's to the fen. The employer page lists the two cases and the work order naming the company; a worker
 * is found by his ID-card number from the employer page; an award is attached and checked on the audit page and in the
 * export; four workers' 领款确认书 print their amounts in capital numerals. Screenshots at 390 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseledger.embedded.backend=MEMORY", "caseledger.embedded.port=0", "caseledger.deadlines.sweep-enabled=false",
        "spring.profiles.active=demo"})
class PeopleAndPaperThroughThePagesTest extends ThroughThePages {

    static final String EMPLOYER = "昭通某建筑劳务有限公司";

    @Autowired
    MongoConnection mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A call to the API as a client would make it (what the pages do not cover: the other cases, the money road). */
    JsonNode api(String user, String password, String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(HttpApiJson.MAPPER.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isBetween(200, 299);
        return HttpApiJson.MAPPER.readTree(r.body());
    }


    Path write(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("people-and-paper").resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    WebDriverWait await15() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    void a_list_of_300_is_filed_the_employer_and_a_worker_are_found_an_award_is_proved_and_receipts_print_in_capitals() throws Exception {
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        String code = WorkerLists.creditCode("91530621MA6K8T2" + "0" + "3");
        long events = mongo.database().getCollection("events").countDocuments();

        // the list as a CSV with three bad rows: each named, nothing filed
        List<List<Object>> rows = WorkerLists.rows(300);
        List<List<Object>> bad = new ArrayList<>(rows);
        String wrongCheckDigit = WorkerLists.idCard(12).substring(0, 17) + (WorkerLists.idCard(12).endsWith("1") ? "2" : "1");
        bad.set(12, List.of(12, "工人12", wrongCheckDigit, "13900000012", WorkerLists.yuan(12)));
        bad.set(40, List.of(40, "工人40", WorkerLists.idCard(40), "13900000040", "1,000.001"));
        bad.set(77, List.of(77, "工人77", WorkerLists.idCard(7), "13900000077", WorkerLists.yuan(77)));
        driver.get(url("/cases/new"));
        driver.findElement(By.id("sheet-file")).sendKeys(write("花名册.csv", WorkerLists.csv(bad, StandardCharsets.UTF_8)).toString());
        await15().until(d -> d.findElements(By.cssSelector("#sheet-preview .sheet-error")).size() == 3);
        List<WebElement> errors = driver.findElements(By.cssSelector("#sheet-preview .sheet-error"));
        assertThat(errors).extracting(e -> e.getAttribute("data-row") + e.getAttribute("data-column")).containsExactly("13C", "41E", "78C");
        assertThat(errors.get(0).getText()).contains("身份证号码不正确");
        assertThat(driver.findElements(By.id("sheet-claimants"))).isEmpty();
        look("sheet-refused");
        assertThat(mongo.database().getCollection("events").countDocuments()).as("nothing recorded").isEqualTo(events);

        // fixed, as the .xlsx: 300 workers, filed; the case's total is the sheet's to the fen
        driver.findElement(By.id("sheet-file")).sendKeys(write("花名册.xlsx", WorkerLists.xlsx(rows)).toString());
        await15().until(d -> !d.findElements(By.id("sheet-claimants")).isEmpty());
        assertThat(driver.findElement(By.id("sheet-claimants")).getAttribute("data-count")).isEqualTo("300");
        String total = new org.caseledger.api.i18n.Yuan().of(WorkerLists.fenOf(rows));
        assertThat(driver.findElement(By.cssSelector(".sheet-summary")).getText()).contains("300").contains(total);
        assertThat(driver.findElement(By.id("claimant-rows")).isDisplayed()).as("the typed rows are put away").isFalse();
        set(driver.findElement(By.name("industry")), "建筑业");
        set(driver.findElement(By.name("employmentEndedOn")), "2026-10-31");
        WebElement obligor = driver.findElements(By.cssSelector("#obligor-rows tbody tr")).get(0);
        set(obligor.findElement(By.cssSelector("[data-part='name']")), EMPLOYER);
        set(obligor.findElement(By.cssSelector("[data-part='creditCode']")), code);
        look("sheet-ready");
        driver.findElement(By.cssSelector("#filing button[type='submit']")).click();
        await15().until(d -> d.getCurrentUrl().matches(".*/cases/LD-[^/]+$"));
        String caseId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("total-claimed")).getText()).isEqualTo(total);
        // two more workers of the same site, added from the case's page
        WebElement more = openStep("claimant-sheet");
        List<List<Object>> late = List.of(rows.get(0), List.of(301, "工人301", WorkerLists.idCard(301), "13900000301", "1000.01"),
                List.of(302, "工人302", WorkerLists.idCard(302), "13900000302", "2000.02"));
        more.findElement(By.name("file")).sendKeys(write("补充花名册.csv", WorkerLists.csv(late, StandardCharsets.UTF_8)).toString());
        await15().until(d -> !d.findElements(By.id("sheet-confirm")).isEmpty());
        driver.findElement(By.id("sheet-confirm")).click();
        String grown = new org.caseledger.api.i18n.Yuan().of(WorkerLists.fenOf(rows) + 100_001 + 200_002);
        await15().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> t = d.findElements(By.id("total-claimed"));
            return !t.isEmpty() && t.get(0).getText().equals(grown); // the page reloads under the wait
        });
        // 法律援助申请表 of the first worker, filled in from the list
        driver.findElement(By.cssSelector("a.application-link")).click();
        await15().until(d -> !d.findElements(By.id("app-name")).isEmpty());
        assertThat(driver.findElement(By.id("app-name")).getText()).isEqualTo("工人1");
        assertThat(driver.findElement(By.id("app-id")).getText()).isEqualTo(WorkerLists.idCard(1));
        assertThat(driver.findElement(By.id("app-total")).getText()).isEqualTo("¥" + new org.caseledger.api.i18n.Yuan()
                .of(WorkerLists.yuan(1).movePointRight(2).longValueExact()));
        look("application-form");

        // a second case and a work order naming the same company (through the API, as another officer's day would)
        ObjectNode second = HttpApiJson.MAPPER.createObjectNode().put("channel", "WALK_IN").put("industry", "建筑业").put("employmentEnded", false)
                .put("occurredOn", java.time.LocalDate.now().toString());
        ObjectNode w = second.putArray("claimants").addObject().put("claimantId", "W1").put("claimed", 880_000);
        w.putObject("personalData").put("name", "李石").put("idCardNumber", WorkerLists.idCard(501));
        second.putArray("obligors").addObject().put("obligorId", "O1").put("name", EMPLOYER).put("creditCode", code).put("role", "EMPLOYER");
        String secondId = api("officer-ludian", "ludian-demo", "POST", "/api/cases", second).get("caseId").asText();
        ObjectNode order = HttpApiJson.MAPPER.createObjectNode().put("channel", "HOTLINE_12351").put("demand", "工地拖欠三个月工资")
                .put("occurredOn", java.time.LocalDate.now().toString());
        order.putObject("personalData").put("name", "王木").put("phone", "13912345678");
        order.putObject("employer").put("name", EMPLOYER).put("creditCode", code);
        String orderId = api("officer-ludian", "ludian-demo", "POST", "/api/work-orders", order).get("workOrderId").asText();

        // from the case page to the employer's: two cases and the work order
        driver.get(url("/cases/" + caseId));
        String employerPage = driver.findElement(By.cssSelector("a.employer-link")).getAttribute("href");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(employerPage);
            List<String> places = driver.findElements(By.cssSelector("#employer-places tbody tr a")).stream().map(WebElement::getText).toList();
            assertThat(places).contains(caseId, secondId, orderId);
        });
        assertThat(driver.findElement(By.id("employer-name")).getText()).isEqualTo(EMPLOYER);
        assertThat(driver.findElements(By.cssSelector("#employer-places tbody tr[data-kind='case']"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#employer-places tbody tr[data-kind='order']"))).hasSize(1);
        look("employer");

        // from the employer's page, a worker found by his ID-card number
        driver.findElement(By.id("nav-people")).click();
        await15().until(d -> !d.findElements(By.id("people-q")).isEmpty());
        set(driver.findElement(By.id("people-q")), WorkerLists.idCard(123));
        driver.findElement(By.cssSelector("form[role='search'] button[type='submit']")).click();
        await15().until(d -> !d.findElements(By.cssSelector(".person-hit a")).isEmpty());
        driver.findElement(By.cssSelector(".person-hit a")).click();
        await15().until(d -> !d.findElements(By.id("person-name")).isEmpty());
        assertThat(driver.findElement(By.id("person-name")).getText()).isEqualTo("工人123");
        assertThat(driver.findElement(By.id("person-places")).getText()).contains(caseId).contains(new org.caseledger.api.i18n.Yuan()
                .of(WorkerLists.yuan(123).movePointRight(2).longValueExact()));
        look("person");

        // the award attached on the case page, checked on the audit page and in the export
        driver.get(url("/cases/" + caseId));
        WebElement attach = openStep("attachments");
        byte[] award = ("%PDF-1.4\n% 鲁甸县劳动人事争议仲裁委员会 裁决书\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        attach.findElement(By.name("file")).sendKeys(write("裁决书.pdf", award).toString());
        new Select(attach.findElement(By.name("kind"))).selectByValue("AWARD");
        set(attach.findElement(By.name("title")), "仲裁裁决书");
        attach.findElement(By.cssSelector("button[type='submit']")).click();
        await15().until(d -> !d.findElements(By.cssSelector("#attachments tbody tr")).isEmpty());
        String attachmentId = driver.findElement(By.cssSelector("#attachments tbody tr")).getAttribute("data-id");
        look("attachments");
        signIn("auditor", "auditor-demo");
        driver.get(url("/cases/" + caseId + "/audit"));
        assertThat(driver.findElement(By.cssSelector("#attachment-checks li")).getAttribute("data-outcome")).isEqualTo("MATCHES");
        JsonNode export = api("auditor", "auditor-demo", "GET", "/api/cases/" + caseId + "/export", null);
        List<String> checked = new ArrayList<>();
        List<String> findings = CaseFileVerifier.verify(export, List.of(), checked);
        assertThat(findings).noneMatch(f -> f.startsWith("attachment") || f.startsWith("event"));
        assertThat(checked).anyMatch(c -> c.startsWith("attachment " + attachmentId + ": SHA-256") && c.contains("matches event"));

        // 领款确认书: four workers paid out, their amounts in capital numerals as the rules write them
        List<String> amounts = List.of("0.01", "10.00", "100000000.05", "1234567.89");
        List<String> capitals = List.of("人民币壹分", "人民币壹拾元整", "人民币壹亿元零伍分", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分");
        ObjectNode money = HttpApiJson.MAPPER.createObjectNode().put("channel", "WALK_IN").put("industry", "建筑业").put("employmentEnded", false)
                .put("occurredOn", java.time.LocalDate.now().toString());
        long sum = 0;
        for (int i = 0; i < 4; i++) {
            long fen = new BigDecimal(amounts.get(i)).movePointRight(2).longValueExact();
            sum += fen;
            ObjectNode c = money.withArray("claimants").addObject().put("claimantId", "W" + (i + 1)).put("claimed", fen);
            c.putObject("personalData").put("name", "领款人" + (i + 1)).put("idCardNumber", WorkerLists.idCard(600 + i));
        }
        money.putArray("obligors").addObject().put("obligorId", "O1").put("name", "鲁甸某商贸有限公司").put("role", "EMPLOYER");
        String paid = api("officer-ludian", "ludian-demo", "POST", "/api/cases", money).get("caseId").asText();
        ObjectNode payment = HttpApiJson.MAPPER.createObjectNode().put("paymentId", "PAY-1").put("payerObligorId", "O1").put("channel", "DIRECT")
                .put("amount", sum).put("occurredOn", java.time.LocalDate.now().toString());
        for (int i = 0; i < 4; i++) {
            payment.withArray("allocations").addObject().put("claimantId", "W" + (i + 1))
                    .put("amount", new BigDecimal(amounts.get(i)).movePointRight(2).longValueExact());
        }
        api("officer-ludian", "ludian-demo", "POST", "/api/cases/" + paid + "/payments", payment);
        for (int i = 0; i < 4; i++) {
            api("officer-ludian", "ludian-demo", "POST", "/api/cases/" + paid + "/disbursements", HttpApiJson.MAPPER.createObjectNode()
                    .put("claimantId", "W" + (i + 1)).put("amount", new BigDecimal(amounts.get(i)).movePointRight(2).longValueExact())
                    .put("occurredOn", java.time.LocalDate.now().toString()));
        }
        signIn("officer-ludian", "ludian-demo");
        for (int i = 0; i < 4; i++) {
            int n = i;
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                driver.get(url("/cases/" + paid + "/receipts/W" + (n + 1)));
                assertThat(driver.findElement(By.id("receipt-capital")).getText()).isEqualTo(capitals.get(n));
            });
            assertThat(driver.findElement(By.id("receipt-figures")).getText())
                    .isEqualTo("¥" + new org.caseledger.api.i18n.Yuan().of(new BigDecimal(amounts.get(n)).movePointRight(2).longValueExact()));
        }
        look("receipt-capitals");
    }
}
