package org.caseledger.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.caseledger.core.intake.Channel;
import org.caseledger.core.intake.LegalAidGranted;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * 花名册 and 查找: 100k cases (bench.peopleCases) of two workers each, every worker his own name, ID-card number and
 * phone, projected with the people's blind index and the employers' index; then a search by ID-card number, phone and name
 * over HTTP (p50), and a worker list of 5,000 rows (bench.sheetRows) checked and added to a case.
 */
final class PeopleSection {

    private PeopleSection() {
    }

    static String idCard(int n) {
        String first17 = "530621" + LocalDate.of(1960, 1, 1).plusDays(n / 1000).toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + PersonalData.checkDigit(first17);
    }

    static String phone(int n) {
        return "13" + String.format("%09d", n);
    }

    static List<DomainEventMessage<?>> history(int n) {
        String id = "PP-" + n;
        CaseId c = CaseId.of(id);
        UnionBody body = new UnionBody("县总工会-" + (n % 20), UnionLevel.COUNTY, RegionCode.of(String.valueOf(530621 + n % 20)));
        LocalDate filed = LocalDate.of(2025, 1, 1).plusDays(n % 600);
        List<NewClaimant> workers = List.of(
                new NewClaimant(ClaimantId.of("W1"), new PersonalData("工人" + (2 * n), idCard(2 * n), phone(2 * n)), Money.ofFen(1_000_000 + n)),
                new NewClaimant(ClaimantId.of("W2"), new PersonalData("工人" + (2 * n + 1), idCard(2 * n + 1), phone(2 * n + 1)), Money.ofFen(800_000 + n)));
        List<Obligor> obligors = List.of(new Obligor(ObligorId.of("EMP"), "某劳务有限公司" + (n % 5_000), ObligorRole.EMPLOYER));
        List<Object> events = List.of(
                new WageClaimFiled(c, body, n % 3 == 0 ? "建筑业" : n % 3 == 1 ? "制造业" : "餐饮业", Channel.WALK_IN, null, workers, obligors, true,
                        filed.minusDays(20), filed.minusDays(20).plusYears(1), filed),
                new LegalAidGranted(c, List.of(), List.of(), filed));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("WageCase", id, seq, events.get(seq)));
        }
        return messages;
    }

    static void run(BenchRun bench) throws Exception {
        int cases = Integer.getInteger("bench.peopleCases", 100_000);
        java.util.Map<String, Object> props = new java.util.LinkedHashMap<>(bench.target.service("people", false));
        props.put("caseledger.projections.enabled", false);
        props.put("caseledger.deadlines.sweep-enabled", false);
        try (Service service = Service.start(props, true)) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int n = 0; n < cases; n++) {
                batch.addAll(history(n));
                if (batch.size() >= 5000) {
                    service.engine().importEvents(batch);
                    batch.clear();
                }
            }
            service.engine().importEvents(batch);
            long events = service.events().estimatedDocumentCount();
            long started = System.nanoTime();
            var runner = service.context().getBean(org.caseledger.projections.ProjectionRunner.class);
            runner.start();
            long head = ((org.axonframework.eventhandling.GapAwareTrackingToken) service.engine().createHeadToken()).getIndex();
            long deadline = System.nanoTime() + Long.getLong("bench.rebuildCapSeconds", 900) * 1_000_000_000L;
            while (!runner.wholeAt(head) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            bench.rows.add(new Row("people", "projection with the people's blind index and the employers' index", events / seconds, "ev/s",
                    String.format(Locale.ROOT, "%,d cases of 2 workers each, %,d events in %.0f s%s", cases, events, seconds,
                            runner.wholeAt(head) ? "" : " (capped)")));
            int port = Integer.parseInt(service.context().getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String note = String.format(Locale.ROOT, "%,d cases, %,d workers, embedded server", cases, 2 * cases);
            java.util.Random random = new java.util.Random(7);
            bench.rows.add(QueriesSection.latency(http, port, "auditor:auditor-demo", 100,
                    i -> "/api/people?q=" + idCard(random.nextInt(2 * cases)), "search a worker by ID-card number", "goal p50 ≤ 10 ms; " + note));
            bench.rows.add(QueriesSection.latency(http, port, "auditor:auditor-demo", 100,
                    i -> "/api/people?q=" + phone(random.nextInt(2 * cases)), "search a worker by phone", note));
            bench.rows.add(QueriesSection.latency(http, port, "auditor:auditor-demo", 100,
                    i -> "/api/people?q=" + QueriesSection.enc("工人" + random.nextInt(2 * cases)), "search a worker by name", note));
            bench.rows.add(QueriesSection.latency(http, port, "auditor:auditor-demo", 50,
                    i -> "/api/employers?key=" + QueriesSection.enc("name:某劳务有限公司" + random.nextInt(Math.min(5_000, cases))),
                    "an employer's page (" + Math.max(1, cases / 5_000) + " cases)", note));
            sheet(bench, http, port);
        }
    }

    /** A worker list of bench.sheetRows rows: read and checked (p50 of 5), then added to a case (once). */
    private static void sheet(BenchRun bench, HttpClient http, int port) throws Exception {
        int rows = Integer.getInteger("bench.sheetRows", 5_000);
        byte[] xlsx = xlsx(rows);
        String auth = "Basic " + Base64.getEncoder().encodeToString("officer-ludian:ludian-demo".getBytes(StandardCharsets.UTF_8));
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/claimant-sheets"))
                    .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"errorCount\":0")) {
                throw new IllegalStateException("the list was refused: " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            if (i > 0) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        java.util.Collections.sort(millis);
        bench.rows.add(new Row("people", "a worker list of " + rows + " rows read and checked (.xlsx)", millis.get(millis.size() / 2), "ms",
                String.format(Locale.ROOT, "goal < 5 s for 500 rows; %,d bytes, p50 of 5", xlsx.length)));
        String filing = "{\"channel\":\"WALK_IN\",\"employmentEnded\":false,\"occurredOn\":\"" + LocalDate.now() + "\",\"claimants\":[{\"claimantId\":\"W1\","
                + "\"claimed\":100,\"personalData\":{\"name\":\"首位工人\"}}],\"obligors\":[{\"obligorId\":\"O1\",\"name\":\"某公司\",\"role\":\"EMPLOYER\"}]}";
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                .header("Authorization", auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(filing)).build(),
                HttpResponse.BodyHandlers.ofString());
        String caseId = filed.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        long started = System.nanoTime();
        HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseId + "/claimant-sheets"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        if (added.statusCode() != 200) {
            throw new IllegalStateException("the list was not added: " + added.statusCode() + " " + added.body().substring(0, Math.min(300, added.body().length())));
        }
        bench.rows.add(new Row("people", "a worker list of " + rows + " rows added to a case (checked, " + rows + " events appended)", ms, "ms",
                "one AddClaimants command; the case's events appended together"));
    }

    static byte[] xlsx(int rows) throws Exception {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("花名册");
            var header = sheet.createRow(0);
            String[] titles = {"序号", "姓名", "身份证号码", "手机号", "欠薪金额（元）"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("花名册工人" + r);
                row.createCell(2).setCellValue(idCard(900_000 + r));
                row.createCell(3).setCellValue(phone(900_000 + r));
                row.createCell(4).setCellValue(Math.round((1000 + r * 0.37) * 100) / 100.0);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }
}
