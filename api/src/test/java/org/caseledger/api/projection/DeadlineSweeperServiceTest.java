package org.caseledger.api.projection;

import org.bson.Document;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.negotiation.RecordMediationAgreement;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.deadlines.DeadlineSweeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deadline sweeper marks a broken promise exactly once: across a restart and with two instances sweeping. */
class DeadlineSweeperServiceTest {

    @TempDir
    Path dataDir;

    static final LocalDate PROMISED = Cases.FILED.plusDays(30);

    long brokenEvents(Node node) {
        return node.mongo().database().getCollection("events")
                .countDocuments(new Document("payloadType", "PaymentPromiseBroken"));
    }

    List<DeadlineBuckets.Due> openPromises(Node node, LocalDate lastDay) {
        return new DeadlineBuckets(node.bean(ReadModels.class).active().deadlines()).dueOnOrBefore(lastDay).stream()
                .filter(d -> d.kind().equals("PROMISED_PAYMENT")).toList();
    }

    @Test
    void a_broken_promise_is_marked_once_across_a_restart_and_two_sweeping_instances() throws Exception {
        Map<String, Object> props = Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", dataDir.toString(),
                "caseledger.deadlines.sweep-enabled", false);
        LocalDate today = LocalDate.now();
        try (Node first = Node.start(props)) {
            Cases.fileAndAssign("S-1").forEach(c -> first.commands().sendAndWait(c));
            first.commands().sendAndWait(new RecordMediationAgreement(CaseId.of("S-1"), PromiseId.of("P-1"), ObligorId.of("EMP"),
                    List.of(new ClaimantAmount(ClaimantId.of("W1"), Money.ofYuan("10000"))), PROMISED, null, Cases.FILED.plusDays(1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> openPromises(first, today).size() == 1);
            assertThat(openPromises(first, PROMISED.minusDays(1))).isEmpty(); // not yet due the day before

            DeadlineSweeper.Sweep sweep = first.bean(DeadlineSweeper.class).sweep(today);
            assertThat(sweep.sent()).isEqualTo(1);
            assertThat(brokenEvents(first)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> openPromises(first, today).isEmpty());
        }
        try (Node second = Node.start(props);
             Node third = Node.start(Map.of("caseledger.mongodb-uri", second.embeddedConnectionString(),
                     "caseledger.deadlines.sweep-enabled", false))) {
            // after the restart nothing is left to mark; two instances sweeping at once send nothing more
            CompletableFuture<DeadlineSweeper.Sweep> a = CompletableFuture.supplyAsync(() -> second.bean(DeadlineSweeper.class).sweep(today));
            CompletableFuture<DeadlineSweeper.Sweep> b = CompletableFuture.supplyAsync(() -> third.bean(DeadlineSweeper.class).sweep(today));
            assertThat(a.get().sent() + b.get().sent()).isZero();
            assertThat(brokenEvents(second)).isEqualTo(1);
        }
    }

    @Test
    void two_instances_sweeping_the_same_due_promise_append_one_broken_event() throws Exception {
        try (Node a = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false));
             Node b = Node.start(Map.of("caseledger.mongodb-uri", a.embeddedConnectionString(), "caseledger.deadlines.sweep-enabled", false))) {
            Cases.fileAndAssign("S-2").forEach(c -> a.commands().sendAndWait(c));
            a.commands().sendAndWait(new RecordMediationAgreement(CaseId.of("S-2"), PromiseId.of("P-2"), ObligorId.of("EMP"),
                    List.of(new ClaimantAmount(ClaimantId.of("W1"), Money.ofYuan("10000"))), PROMISED, null, Cases.FILED.plusDays(1)));
            LocalDate today = LocalDate.now();
            await().atMost(Duration.ofSeconds(20)).until(() -> openPromises(a, today).size() == 1 && openPromises(b, today).size() == 1);
            CompletableFuture<DeadlineSweeper.Sweep> first = CompletableFuture.supplyAsync(() -> a.bean(DeadlineSweeper.class).sweep(today));
            CompletableFuture<DeadlineSweeper.Sweep> second = CompletableFuture.supplyAsync(() -> b.bean(DeadlineSweeper.class).sweep(today));
            first.get();
            second.get();
            // whichever lost the race got a concurrency error or an idempotent no-op; the store holds one event
            assertThat(brokenEvents(a)).isEqualTo(1);
            a.bean(DeadlineSweeper.class).sweep(today);
            assertThat(brokenEvents(a)).isEqualTo(1);
        }
    }

    /** A work order's handling day passed unanswered: the sweeper marks it once; the inbox row's light is red before and after. */
    @Test
    void a_work_orders_passed_handling_day_is_marked_overdue_once() {
        try (Node node = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false))) {
            var order = org.caseledger.core.workorder.WorkOrderId.of("S-WO-1");
            var body = new org.caseledger.core.kernel.UnionBody("鲁甸县总工会", org.caseledger.core.kernel.UnionLevel.COUNTY,
                    org.caseledger.core.kernel.RegionCode.of("530621"));
            node.commands().sendAndWait(new org.caseledger.core.workorder.ReceiveWorkOrder(order, body,
                    org.caseledger.core.workorder.WorkOrderChannel.HOTLINE_12351, new org.caseledger.core.intake.PersonalData("来电人", null, null),
                    null, null, null, "欠薪", Cases.FILED));
            node.commands().sendAndWait(new org.caseledger.core.workorder.ClassifyWorkOrder(order, body.name(),
                    org.caseledger.core.workorder.WorkOrderCategory.DEMAND, org.caseledger.core.workorder.WorkOrderGrade.ORDINARY, Cases.FILED));
            var documents = node.bean(ReadModels.class).active().workOrderDocuments();
            await().atMost(Duration.ofSeconds(20)).until(() -> documents.dueOnOrBefore(LocalDate.now()).size() == 1);
            LocalDate today = LocalDate.now();
            DeadlineSweeper.Sweep sweep = node.bean(DeadlineSweeper.class).sweep(today);
            assertThat(sweep.sent()).isEqualTo(1);
            assertThat(node.mongo().database().getCollection("events").countDocuments(new Document("payloadType", "WorkOrderOverdue"))).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> documents.dueOnOrBefore(today).isEmpty());
            assertThat(node.bean(DeadlineSweeper.class).sweep(today).sent()).isZero();
            assertThat(documents.find("S-WO-1").steps).anyMatch(s -> s.type().equals("WorkOrderOverdue") && s.late());
        }
    }
}
