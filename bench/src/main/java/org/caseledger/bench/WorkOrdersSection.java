package org.caseledger.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.workorder.CallbackRecorded;
import org.caseledger.core.workorder.Employer;
import org.caseledger.core.workorder.Satisfaction;
import org.caseledger.core.workorder.WorkOrderCategory;
import org.caseledger.core.workorder.WorkOrderChannel;
import org.caseledger.core.workorder.WorkOrderClassified;
import org.caseledger.core.workorder.WorkOrderClosed;
import org.caseledger.core.workorder.WorkOrderGrade;
import org.caseledger.core.workorder.WorkOrderId;
import org.caseledger.core.workorder.WorkOrderReceived;
import org.caseledger.core.workorder.WorkerReplied;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 100k work orders (bench.workOrders) of the demo's ten union bodies over two years, four in five closed, imported into
 * the store beside 100k cases (bench.workOrderCases, four events each) and projected, then the reads of the front desk over HTTP: a body's inbox, the hotline dashboard of one body
 * and of every body, and the inbox page.
 */
final class WorkOrdersSection {

    static final List<UnionBody> BODIES = List.of(
            new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621")), new UnionBody("昭阳区总工会", UnionLevel.COUNTY, RegionCode.of("530602")),
            new UnionBody("平凉市总工会", UnionLevel.CITY, RegionCode.of("620800")), new UnionBody("大武口区总工会", UnionLevel.COUNTY, RegionCode.of("640202")),
            new UnionBody("张掖市总工会", UnionLevel.CITY, RegionCode.of("620700")), new UnionBody("民乐县总工会", UnionLevel.COUNTY, RegionCode.of("620722")),
            new UnionBody("永川区总工会", UnionLevel.COUNTY, RegionCode.of("500118")), new UnionBody("昭通市总工会", UnionLevel.CITY, RegionCode.of("530600")),
            new UnionBody("石嘴山市总工会", UnionLevel.CITY, RegionCode.of("640200")), new UnionBody("甘肃省总工会", UnionLevel.PROVINCIAL, RegionCode.of("620000")));

    private WorkOrdersSection() {
    }

    /** Order {@code n}'s events: taken in and graded; four in five replied (one in ten of them late), called back and closed. */
    static List<DomainEventMessage<?>> history(int n) {
        UnionBody body = BODIES.get(n % BODIES.size());
        String id = "B-WO-" + n;
        WorkOrderId order = WorkOrderId.of(id);
        LocalDate on = LocalDate.of(2024, 1, 1).plusDays((n / BODIES.size()) % 700);
        List<Object> events = new ArrayList<>();
        events.add(new WorkOrderReceived(order, body, WorkOrderChannel.values()[n % WorkOrderChannel.values().length],
                new PersonalData("来电职工" + n, null, null), new Employer("某公司" + (n % 500), null), "某区", "construction", "拖欠工资 " + n, on));
        events.add(new WorkOrderClassified(order, WorkOrderCategory.values()[n % 5], WorkOrderGrade.values()[n % 3], on.plusDays(7), on));
        if (n % 5 != 0) {
            boolean onTime = n % 10 != 1;
            events.add(new WorkerReplied(order, body.name(), "已处理", onTime, on.plusDays(12), on.plusDays(onTime ? 5 : 9)));
            Satisfaction s = n % 7 == 0 ? Satisfaction.NOT_SATISFIED : Satisfaction.SATISFIED;
            events.add(new CallbackRecorded(order, s, null, false, on.plusDays(10)));
            events.add(new WorkOrderClosed(order, "质检合格", onTime, s, on.plusDays(11)));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("WorkOrder", id, seq, events.get(seq)));
        }
        return messages;
    }

    static void run(BenchRun bench) throws Exception {
        int orders = Integer.getInteger("bench.workOrders", 100_000);
        int cases = Integer.getInteger("bench.workOrderCases", orders);
        // projections off while the store is filled, then started: the replay figure is the read models' alone (as growth's)
        java.util.Map<String, Object> props = new java.util.LinkedHashMap<>(bench.target.service("workorders", false));
        props.put("caseledger.projections.enabled", false);
        props.put("caseledger.deadlines.sweep-enabled", false);
        try (Service service = Service.start(props, true)) {
            long started = System.nanoTime();
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            // the cases beside them (filed, aid, officer, a meeting), as a union's store holds both
            for (int n = 0; n < cases; n++) {
                batch.addAll(Fixtures.history("WC-" + n, n, 4));
                if (batch.size() >= 5000) {
                    service.engine().importEvents(batch);
                    batch.clear();
                }
            }
            for (int n = 0; n < orders; n++) {
                batch.addAll(history(n));
                if (batch.size() >= 5000) {
                    service.engine().importEvents(batch);
                    batch.clear();
                }
            }
            service.engine().importEvents(batch);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            long events = service.events().estimatedDocumentCount();
            bench.rows.add(new Row("workorders", "bulk import of the orders and cases", events / importSeconds, "ev/s",
                    String.format(Locale.ROOT, "%,d events in %.0f s", events, importSeconds)));
            started = System.nanoTime();
            var runner = service.context().getBean(org.caseledger.projections.ProjectionRunner.class);
            runner.start();
            long head = ((org.axonframework.eventhandling.GapAwareTrackingToken) service.engine().createHeadToken()).getIndex();
            long deadline = System.nanoTime() + Long.getLong("bench.rebuildCapSeconds", 900) * 1_000_000_000L;
            while (!runner.wholeAt(head) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long projected = service.context().getBean(org.caseledger.projections.ReadModels.class).active().workOrderDocuments().count();
            String note = String.format(Locale.ROOT, "%,d work orders beside %,d cases (%,d events) in the read models, embedded server",
                    projected, cases, events);
            bench.rows.add(new Row("workorders", "projection of the orders and cases into empty read models", events / seconds, "ev/s",
                    String.format(Locale.ROOT, "%,d orders and %,d cases, %,d events in %.0f s%s", orders, cases, events, seconds,
                            runner.wholeAt(head) ? "" : " (capped)")));
            QueriesSection.frontDesk(bench, service, note);
        }
    }
}
