package org.caseledger.projections;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.intake.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.CoordinationMeetingHeld;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Events delivered twice change nothing; many cases interleaved sum up exactly on the dashboard. */
class IdempotenceAndInterleavingTest {

    final ProjectionHarness h = new ProjectionHarness();

    @AfterEach
    void close() {
        h.close();
    }

    /** A generated case: filed, assigned, a meeting, maybe an agreement, a payment, paid out and closed. */
    static List<Object> generatedCase(int n, Random random) {
        CaseId id = CaseId.of("G-" + n);
        int claimants = 1 + random.nextInt(4);
        List<NewClaimant> people = new ArrayList<>();
        for (int i = 0; i < claimants; i++) {
            String first17 = String.format("11010119900101%03d", i);
            people.add(new NewClaimant(ClaimantId.of("W" + i), new PersonalData("工人", first17 + PersonalData.checkDigit(first17), null),
                    Money.ofFen(100_000 + random.nextInt(2_000_000))));
        }
        String union = n % 3 == 0 ? "甲县总工会" : "乙市总工会";
        UnionBody body = new UnionBody(union, UnionLevel.COUNTY, RegionCode.of(n % 3 == 0 ? "530621" : "620800"));
        LocalDate filed = LocalDate.of(2025, 1 + random.nextInt(6), 1 + random.nextInt(27));
        List<Object> events = new ArrayList<>();
        events.add(new WageClaimFiled(id, body, "construction", Channel.values()[n % Channel.values().length], null, people,
                List.of(new Obligor(ObligorId.of("EMP"), "某公司", ObligorRole.EMPLOYER)), true, filed.minusDays(10), filed.minusDays(10).plusYears(1), filed));
        events.add(new LegalAidGranted(id, List.of(), List.<DeadlineClosure>of(), filed));
        events.add(new LegalOfficerAssigned(id, "o-" + (n % 4), "officer", List.of(), List.<DeadlineClosure>of(), filed.plusDays(1)));
        events.add(new CoordinationMeetingHeld(id, MeetingFormat.IN_PERSON, List.of(), "talks", filed.plusDays(3)));
        if (random.nextBoolean()) {
            events.add(new MediationAgreementReached(id, PromiseId.of("P"), ObligorId.of("EMP"),
                    people.stream().map(p -> new ClaimantAmount(p.claimantId(), p.claimed())).toList(), filed.plusDays(30), null, filed.plusDays(5)));
        }
        if (random.nextInt(3) > 0) {
            List<ClaimantAmount> paid = people.stream().map(p -> new ClaimantAmount(p.claimantId(), p.claimed())).toList();
            long total = paid.stream().mapToLong(a -> a.amount().fen()).sum();
            LocalDate on = filed.plusDays(10 + random.nextInt(60));
            events.add(new PaymentReceived(id, PaymentId.of("PAY"), ObligorId.of("EMP"), PaymentChannel.DIRECT, Money.ofFen(total), paid, on));
            paid.forEach(a -> events.add(new FundsDisbursed(id, a.claimantId(), a.amount(), List.of(), on)));
            events.add(new CaseClosed(id, CloseReason.PAID_IN_FULL, null, CaseStage.NEGOTIATION, List.of(), on));
        }
        return events;
    }

    /** Interleaves the cases' events at random, keeping each case's own order. */
    static List<Object> interleaved(List<List<Object>> cases, Random random) {
        List<LinkedList<Object>> queues = new ArrayList<>();
        cases.forEach(c -> queues.add(new LinkedList<>(c)));
        List<Object> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            LinkedList<Object> q = queues.get(random.nextInt(queues.size()));
            out.add(q.removeFirst());
            if (q.isEmpty()) {
                queues.remove(q);
            }
        }
        return out;
    }

    @Test
    void dashboard_totals_equal_the_sums_over_the_generated_cases_whatever_the_interleaving() {
        Random random = new Random(42);
        List<List<Object>> cases = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            cases.add(generatedCase(n, random));
        }
        h.project(h.projector(1), h.stamp(interleaved(cases, random)));

        long claimed = 0;
        long recovered = 0;
        int workers = 0;
        int paidInFull = 0;
        for (List<Object> c : cases) {
            WageClaimFiled f = (WageClaimFiled) c.get(0);
            claimed += f.claimants().stream().mapToLong(x -> x.claimed().fen()).sum();
            workers += f.claimants().size();
            recovered += c.stream().filter(e -> e instanceof PaymentReceived).mapToLong(e -> ((PaymentReceived) e).amount().fen()).sum();
            paidInFull += (int) c.stream().filter(e -> e instanceof CaseClosed).count();
        }
        DashboardFigures figures = new DashboardQuery(h.readModels).figures(null, null, null, null, LocalDate.of(2026, 1, 5));
        assertThat(figures.cases()).isEqualTo(60);
        assertThat(figures.claimedFen()).isEqualTo(claimed);
        assertThat(figures.recoveredFen()).isEqualTo(recovered);
        assertThat(figures.disbursedFen()).isEqualTo(recovered);
        assertThat(figures.workersCovered()).isEqualTo(workers);
        assertThat(figures.casesPaidInFull()).isEqualTo(paidInFull);
        assertThat(figures.casesByStage().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        DashboardFigures county = new DashboardQuery(h.readModels).figures("甲县总工会", null, null, null, LocalDate.of(2026, 1, 5));
        assertThat(county.cases()).isEqualTo(20);
    }

    @Test
    void every_event_delivered_twice_leaves_every_read_model_as_if_delivered_once() {
        Random random = new Random(7);
        List<List<Object>> cases = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            cases.add(generatedCase(n, random));
        }
        List<ProjectionBatch.Stamped> events = h.stamp(interleaved(cases, random));
        h.project(h.projector(1), events);

        List<ProjectionBatch.Stamped> twice = new ArrayList<>();
        for (ProjectionBatch.Stamped s : events) {
            twice.add(s);
            twice.add(s); // at-least-once delivery: the same event again right away
        }
        h.project(h.projector(2), twice);
        List<ProjectionBatch.Stamped> replayedLate = new ArrayList<>(events);
        Collections.reverse(replayedLate); // and the whole history again afterwards, in any order
        h.project(h.projector(2), replayedLate);

        assertThat(h.everything(2).values()).containsExactlyElementsOf(h.everything(1).values());
        assertThat(h.everything(1)).hasSizeGreaterThan(50);
    }

    /** Cuts the events into batches of random sizes (1 to 40). */
    static List<List<ProjectionBatch.Stamped>> batches(List<ProjectionBatch.Stamped> events, Random random) {
        List<List<ProjectionBatch.Stamped>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(40));
            batches.add(events.subList(from, to));
            from = to;
        }
        return batches;
    }

    /** Generated cases, interleaved, numbered and projected event by event into generation 1. */
    static List<ProjectionBatch.Stamped> projectedOneByOne(ProjectionHarness h, int count, Random random) {
        List<List<Object>> cases = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            cases.add(generatedCase(n, random));
        }
        List<ProjectionBatch.Stamped> events = h.stamp(interleaved(cases, random));
        h.project(h.projector(1), events);
        return events;
    }

    @Test
    void events_projected_in_batches_leave_every_read_model_as_if_projected_one_by_one() {
        Random random = new Random(11);
        List<ProjectionBatch.Stamped> events = projectedOneByOne(h, 40, random);

        CaseProjector batched = h.projector(2);
        batches(events, random).forEach(batched::projectBatch);

        assertThat(h.everything(2).values()).containsExactlyElementsOf(h.everything(1).values());
    }

    @Test
    void batches_delivered_again_and_overlapping_change_nothing() {
        Random random = new Random(13);
        List<ProjectionBatch.Stamped> events = projectedOneByOne(h, 30, random);

        CaseProjector batched = h.projector(2);
        List<List<ProjectionBatch.Stamped>> batches = batches(events, random);
        for (int i = 0; i < batches.size(); i++) {
            batched.projectBatch(batches.get(i));
            if (i > 0 && random.nextInt(3) == 0) {
                // the processor failed after writing and starts again from an earlier token: two batches at once
                List<ProjectionBatch.Stamped> again = new ArrayList<>(batches.get(i - 1));
                again.addAll(batches.get(i));
                batched.projectBatch(again);
            }
        }
        assertThat(h.everything(2).values()).containsExactlyElementsOf(h.everything(1).values());
    }

    @Test
    void a_node_whose_cached_timelines_fell_behind_reads_what_the_other_node_wrote() {
        Random random = new Random(17);
        List<ProjectionBatch.Stamped> events = projectedOneByOne(h, 30, random);

        // two nodes on one generation, each with its own cache: the segment moves between them at random
        CaseProjector nodeA = h.projector(2);
        CaseProjector nodeB = h.projector(2);
        for (List<ProjectionBatch.Stamped> batch : batches(events, random)) {
            (random.nextBoolean() ? nodeA : nodeB).projectBatch(batch);
        }
        assertThat(h.everything(2).values()).containsExactlyElementsOf(h.everything(1).values());
    }
}
