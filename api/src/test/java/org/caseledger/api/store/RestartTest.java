package org.caseledger.api.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.EventRecorder;
import org.caseledger.api.support.Node;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The embedded store on its H2 file: a restart keeps every event, snapshot and processor token. */
class RestartTest {

    @TempDir
    Path dataDir;

    Map<String, Object> fileStore() {
        return Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", dataDir.toString(),
                "caseledger.store.snapshot-threshold", 5);
    }

    static RecordPayment pay(String paymentId, String claimant, String yuan) {
        return new RecordPayment(CaseId.of("C-1"), PaymentId.of(paymentId), ObligorId.of("EMP"), PaymentChannel.DIRECT,
                Money.ofYuan(yuan), List.of(new ClaimantAmount(ClaimantId.of(claimant), Money.ofYuan(yuan))), Cases.FILED.plusDays(2));
    }

    @Test
    void a_restart_keeps_every_event_the_snapshot_and_the_processor_token() {
        try (Node first = Node.start(fileStore(), EventRecorder.Config.class)) {
            Cases.fileAndAssign("C-1").forEach(c -> first.commands().sendAndWait(c));
            for (int i = 0; i < 6; i++) {
                first.commands().sendAndWait(Cases.meeting("C-1", "meeting " + i));
            }
            first.commands().sendAndWait(pay("P-1", "W1", "10000"));
            EventRecorder recorder = first.bean(EventRecorder.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> recorder.received().size() == 10);
            var snapshots = first.mongo().database().getCollection("snapshots");
            await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.countDocuments() == 1);
            // the processor's token reaches the store once the batch is done
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    first.bean(TokenStore.class).fetchToken(EventRecorder.GROUP, 0) != null
                            && first.bean(TokenStore.class).fetchToken(EventRecorder.GROUP, 0).position().orElse(0) >= 10);
        }

        try (Node second = Node.start(fileStore(), EventRecorder.Config.class)) {
            assertThat(second.mongo().database().getCollection("events").countDocuments()).isEqualTo(10);
            // the case loads from its snapshot (taken once loading passed 5 events), which holds the whole state
            DomainEventMessage<?> first = second.bean(EventStore.class).readEvents("C-1").peek();
            assertThat(first.getPayload()).isInstanceOf(WageCase.class);
            // threshold 5: taken in the background once a load counted 5 events, so at sequence 4 or later
            assertThat(first.getSequenceNumber()).isBetween(4L, 9L);
            WageCase restored = (WageCase) first.getPayload();
            assertThat(restored.stage()).isEqualTo(org.caseledger.core.kernel.CaseStage.NEGOTIATION);
            assertThat(restored.ledger().totalClaimed()).isEqualTo(Money.ofYuan("15000"));
            assertThat(restored.parties().isParty(ObligorId.of("EMP"))).isTrue();
            // snapshot + the payment after it: W1 is paid in full, so one more fen is an overpayment
            assertThatThrownBy(() -> second.commands().sendAndWait(pay("P-2", "W1", "0.01")))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.code()).isEqualTo(RuleCode.OVERPAYMENT));
            second.commands().sendAndWait(pay("P-2", "W2", "5000"));

            // the processor resumes from its stored token: only the new event arrives
            EventRecorder recorder = second.bean(EventRecorder.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> recorder.received().size() >= 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> recorder.received().size() == 1);
            assertThat(recorder.received().get(0).seq()).isEqualTo(10);
        }
    }
}
