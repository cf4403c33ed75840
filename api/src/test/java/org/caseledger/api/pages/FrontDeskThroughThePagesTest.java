package org.caseledger.api.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front desk through the pages only, in headless Chromium, in Chinese. The 民乐 road: 甘肃's platform takes a courier's station-board
 * message in, grades it and sends it down; 张掖 signs for it and sends it on; 民乐 finds it in its inbox, signs, transfers
 * it to the city's transport department, records the answer and replies; the platform calls back and closes it; the
 * hotline dashboard counts it closed on time and satisfied. A county elsewhere is told the order does not exist.
 * The 永川 road: a 12351 call about hiring rules opened as a supervision matter from the order's page, its 提示函, the
 * company's reply, the matter closed 整改到位, the order answered and closed. A 12351 wage call to 鲁甸 filed as a case from
 * the order's page, prefilled (the case then follows the 鲁甸 road, see {@link LudianThroughThePagesTest}).
 * Screenshots of the inbox, the order, the matter and the dashboard at 390 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseledger.embedded.backend=MEMORY", "caseledger.embedded.port=0", "caseledger.deadlines.sweep-enabled=false",
        "spring.profiles.active=demo"})
class FrontDeskThroughThePagesTest extends ThroughThePages {

    /** Fills a form's fields (by name, or {@code part:record.column} for a record's column) and sends it. */
    void fill(WebElement form, Map<String, String> values) {
        values.forEach((name, value) -> {
            String[] part = name.startsWith("part:") ? name.substring(5).split("\\.") : null;
            WebElement input = part != null ? form.findElement(By.cssSelector("[data-name='" + part[0] + "'] [data-part='" + part[1] + "']"))
                    : form.findElement(By.name(name));
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
            } else {
                set(input, value);
            }
        });
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** Opens a next step of the order, fills and sends it; waits for the order's page at a newer version. */
    void step(String route, Map<String, String> values) {
        long before = version();
        WebElement details = openStep(route);
        fill(details.findElement(By.tagName("form")), values);
        awaitNewerVersion(route, before);
    }

    @Test
    void the_minle_road_through_the_pages() {
        driver = Browser.start("zh-CN");
        signIn("officer-gansu", "gansu-demo");
        driver.get(url("/work-orders"));
        driver.findElement(By.id("take-in")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("受理工单");
        WebElement form = driver.findElement(By.cssSelector("form.command"));
        fill(form, fields("channel", "STATION_BOARD", "part:personalData.name", "快递员王某", "part:personalData.phone", "13900001111",
                "part:employer.name", "民乐县某快递网点", "place", "民乐县", "industry", "快递物流",
                "demand", "送件超时被网点罚款200元，要求说明罚款依据并退还", "occurredOn", "2026-11-02"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/work-orders/GS-WO-"));
        String order = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("worker")).getText()).contains("快递员王某");
        step("classification", fields("category", "DEMAND", "grade", "ORDINARY", "occurredOn", "2026-11-02"));
        step("dispatch", fields("to", "张掖市总工会", "occurredOn", "2026-11-02"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("待签收");

        signIn("officer-zhangye", "zhangye-demo");
        driver.get(url("/work-orders/" + order));
        step("acceptance", fields("occurredOn", "2026-11-03"));
        step("dispatch", fields("to", "民乐县总工会", "occurredOn", "2026-11-03"));

        signIn("officer-ludian", "ludian-demo");
        driver.get(url("/work-orders/" + order));
        assertThat(driver.getPageSource()).doesNotContain("快递员王某");

        signIn("officer-minle", "minle-demo");
        driver.get(url("/work-orders"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("li.order[data-id='" + order + "']")).isEmpty();
        });
        look("workorder-inbox");
        driver.findElement(By.cssSelector("li.order[data-id='" + order + "'] a")).click();
        step("acceptance", fields("occurredOn", "2026-11-04"));
        step("transfer", fields("department", "OTHER", "departmentName", "张掖市交通运输局", "occurredOn", "2026-11-04"));
        step("department-answer", fields("answer", "罚款无依据，已责令网点退还", "occurredOn", "2026-11-05"));
        step("reply", fields("reply", "经转交通运输局办理，罚款已退还", "occurredOn", "2026-11-05"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("待回访");
        // the county answered; the callback and closing are not its to do
        assertThat(driver.findElements(By.cssSelector("details.step[data-route='closure']"))).isEmpty();

        signIn("officer-gansu", "gansu-demo");
        driver.get(url("/work-orders/" + order));
        step("callback", fields("satisfaction", "SATISFIED", "note", "罚款已退", "occurredOn", "2026-11-06"));
        step("closure", fields("qualityNote", "质检合格", "occurredOn", "2026-11-09"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("已办结");
        assertThat(driver.findElements(By.cssSelector("#entries li"))).hasSize(11);
        look("workorder-minle");

        driver.get(url("/dashboard/hotline?body=甘肃省总工会"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("fig-closed")).getText().equals("1");
        });
        assertThat(driver.findElement(By.id("fig-on-time")).getText()).isEqualTo("100.0%");
        assertThat(driver.findElement(By.id("fig-satisfaction")).getText()).isEqualTo("100.0%");
        assertThat(driver.getPageSource()).doesNotContain("快递员王某").doesNotContain("13900001111");
        look("hotline-dashboard");
    }

    /** Takes an order in through the page as the signed-in officer; answers its id. */
    String takeIn(String channel, String name, String employer, String place, String demand, String on) {
        driver.get(url("/work-orders/new"));
        fill(driver.findElement(By.cssSelector("form.command")), fields("channel", channel, "part:personalData.name", name,
                "part:employer.name", employer, "place", place, "demand", demand, "occurredOn", on));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/work-orders/[A-Z]+-WO-.*"));
        return driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
    }

    @Test
    void the_yongchuan_road_through_the_pages() {
        driver = Browser.start("zh-CN");
        signIn("officer-yongchuan", "yongchuan-demo");
        String order = takeIn("HOTLINE_12351", "来电职工", "重庆某电子有限公司", "永川区", "应聘时公司要求女职工承诺三年内不生育", "2026-09-01");
        step("classification", fields("category", "COMPLAINT", "grade", "DIFFICULT", "occurredOn", "2026-09-01"));
        driver.findElement(By.id("to-matter")).click();
        // prefilled from the order: its demand as the facts, its employer
        assertThat(driver.findElement(By.name("facts")).getAttribute("value")).isEqualTo("应聘时公司要求女职工承诺三年内不生育");
        assertThat(driver.findElement(By.cssSelector("[data-name='employers'] [data-part='name']")).getAttribute("value")).isEqualTo("重庆某电子有限公司");
        fill(driver.findElement(By.cssSelector("form.command")), fields("mode", "TARGETED", "subject", "FEMALE_WORKERS", "occurredOn", "2026-09-02"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/cases/YC-SM-.*"));
        String matter = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("matter")).getText()).isEqualTo("定点监督 · 女职工权益 · 重庆某电子有限公司");
        // a matter offers no wage claim's steps
        assertThat(driver.findElements(By.cssSelector("details.step[data-route='arbitration']"))).isEmpty();
        step("supervision-letters", fields("letterType", "REMINDER", "documentNo", "永工函〔2026〕3号", "signer", "主席", "recipientKind", "EMPLOYER",
                "recipientObligorId", "E1", "recipientName", "重庆某电子有限公司", "subject", "FEMALE_WORKERS",
                "facts", "招聘简章要求女性应聘者承诺三年内不生育", "legalBasis", "妇女权益保障法 第四十三条", "demands", "删除限制女职工生育的招聘条件",
                "occurredOn", "2026-09-03"));
        step("supervision-letters/{letterId}/reply", fields("outcome", "COMPLIED", "summary", "已修订招聘简章", "occurredOn", "2026-09-14"));
        step("closure", fields("reason", "RECTIFIED", "note", "整改到位", "occurredOn", "2026-09-15"));
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("结案");
        look("matter-yongchuan");

        driver.get(url("/work-orders/" + order));
        assertThat(driver.findElement(By.id("case-link")).getText()).isEqualTo(matter);
        step("reply", fields("reply", "公司已修订招聘简章", "occurredOn", "2026-09-15"));
        step("callback", fields("satisfaction", "SATISFIED", "occurredOn", "2026-09-16"));
        step("closure", fields("qualityNote", "质检合格", "occurredOn", "2026-09-17"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("已办结");
    }

    @Test
    void a_12351_wage_call_to_ludian_is_filed_as_a_case_from_the_order() {
        driver = Browser.start("zh-CN");
        signIn("officer-ludian", "ludian-demo");
        String order = takeIn("HOTLINE_12351", "工人1", "某劳务有限公司", "鲁甸县", "某建筑公司拖欠5名工人工资", "2025-03-07");
        step("classification", fields("category", "LEGAL_AID", "grade", "DIFFICULT", "occurredOn", "2025-03-07"));
        driver.findElement(By.id("to-case")).click();
        assertThat(driver.findElement(By.id("from-order")).getText()).contains(order);
        look("filing-from-work-order");
        WebElement row = driver.findElement(By.cssSelector("#claimant-rows tbody tr"));
        assertThat(row.findElement(By.cssSelector("[data-part='name']")).getAttribute("value")).isEqualTo("工人1");
        assertThat(driver.findElement(By.name("workOrderNo")).getAttribute("value")).isEqualTo(order);
        assertThat(new Select(driver.findElement(By.name("channel"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("HOTLINE_12351");
        set(driver.findElement(By.name("caseId")), "LD-WO-UI-1");
        set(driver.findElement(By.name("occurredOn")), "2025-03-10");
        set(driver.findElement(By.name("employmentEndedOn")), "2025-01-20");
        set(row.findElement(By.cssSelector("[data-part='claimed']")), "19870.00");
        driver.findElement(By.cssSelector("#filing button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/cases/LD-WO-UI-1"));
        look("case-from-work-order");
        driver.get(url("/work-orders/" + order));
        assertThat(driver.findElement(By.id("case-link")).getText()).isEqualTo("LD-WO-UI-1");
    }
}
