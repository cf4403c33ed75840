package org.caseledger.projections;

import org.caseledger.core.scenario.ConstructionCaseTest;
import org.caseledger.core.scenario.DawukouReferenceCaseTest;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.caseledger.projections.timeline.CaseTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The timelines of the two reference cases, rebuilt from their events exactly as the domain guide tells them. */
class ReferenceTimelinesTest {

    final ProjectionHarness h = new ProjectionHarness();

    @AfterEach
    void close() {
        h.close();
    }

    static LocalDate d(int m, int day) {
        return LocalDate.of(2025, m, day);
    }

    @Test
    void pingliang_goes_straight_to_court_then_enforcement_against_the_parent_and_is_paid_in_full() {
        h.project(h.projector(1), h.stamp(PingliangReferenceCaseTest.run().history()));
        CaseTimeline t = h.timeline(1, "PL-2025-001");

        assertThat(t.stages).extracting(s -> s.stage, s -> s.enteredOn, s -> s.days).containsExactly(
                tuple("INTAKE", d(7, 1), 0L), tuple("ASSIGNED", d(7, 1), 7L), tuple("NEGOTIATION", d(7, 8), 7L),
                tuple("LITIGATION", d(7, 15), 27L), tuple("ENFORCEMENT", d(8, 11), 35L), tuple("CLOSED", d(9, 15), null));
        assertThat(t.enforcementStates).extracting(s -> s.state).containsExactly("FILED", "INVESTIGATING", "MEASURES");
        assertThat(t.measures).extracting(m -> m.kind).containsExactly("ASSET_SEARCH_ONLINE", "ASSET_SEARCH_OFFLINE",
                "JUDGMENT_DEBTOR_ADDED", "ASSETS_FROZEN", "HIGH_CONSUMPTION_RESTRICTED", "DISHONEST_LISTED", "CRIMINAL_LIABILITY_WARNED");
        // what a measure says is its entry's summary: the parent added on 变更追加规定 art. 20
        assertThat(entry(t, t.measures.get(2).seq).summary.args())
                .contains(org.caseledger.core.kernel.SummaryArg.code(org.caseledger.core.enforcement.AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER));
        assertThat(t.obligors).extracting(o -> o.obligorId).containsExactly("PL-EMPLOYER", "PL-PARENT");
        assertThat(marksIn(t, "ENFORCEMENT")).contains("JudgmentDebtorAdded MEASURE", "AssetsFrozen MEASURE", "PaymentReceived PAYMENT");
        assertThat(t.ledger).hasSize(21).allSatisfy(l -> {
            assertThat(l.receivedFen).isEqualTo(l.enforceableFen);
            assertThat(l.disbursedFen).isEqualTo(l.receivedFen);
        });
        assertThat(t.totals.receivedFen).isEqualTo(12_303_649L);
        assertThat(t.totals.disbursedFen).isEqualTo(12_303_649L);
        assertThat(t.payments).singleElement().satisfies(p -> {
            assertThat(p.channel).isEqualTo("COURT_ESCROW");
            assertThat(p.payerObligorId).isEqualTo("PL-PARENT");
        });
        assertThat(t.closeReason).isEqualTo("PAID_IN_FULL");
        assertThat(t.daysToFullPayment()).isEqualTo(76L);
        assertThat(t.openDeadlines).isEmpty();
        assertThat(t.closedDeadlines).extracting(x -> x.kind, x -> x.outcome).contains(
                tuple("PERFORMANCE", "MISSED"), tuple("ENFORCEMENT_APPLICATION", "MET"), tuple("DISBURSEMENT", "MET"),
                tuple("FREEZE_EXPIRY", "CANCELLED"));
        assertThat(t.letters).isEmpty();
        assertThat(t.warnings).isEmpty();
    }

    @Test
    void ludian_stays_in_negotiation_with_two_broken_promises_a_reminder_to_the_contractor_and_an_opinion() {
        h.project(h.projector(1), h.stamp(LudianReferenceCaseTest.run().history()));
        CaseTimeline t = h.timeline(1, "LD-2025-001");

        assertThat(t.stages).extracting(s -> s.stage, s -> s.enteredOn).containsExactly(
                tuple("INTAKE", d(3, 10)), tuple("ASSIGNED", d(3, 11)), tuple("NEGOTIATION", d(3, 20)), tuple("CLOSED", d(6, 17)));
        assertThat(t.promises).extracting(p -> p.promiseId, p -> p.status, p -> p.promisedPayDate, p -> p.amountFen).containsExactly(
                tuple("LD-P1", "BROKEN", d(4, 30), 7_485_400L), tuple("LD-P2", "BROKEN", d(5, 30), 7_485_400L));
        assertThat(t.letters).extracting(l -> l.type, l -> l.recipientKind, l -> l.servedOn, l -> l.replyDue, l -> l.status).containsExactly(
                tuple("REMINDER", "GENERAL_CONTRACTOR", d(5, 21), null, "OPEN"),
                tuple("OPINION", "GENERAL_CONTRACTOR", d(6, 9), d(6, 30), "ANSWERED"));
        assertThat(t.jointMechanismActive).isTrue();
        assertThat(t.totals.originalClaimedFen).isEqualTo(8_485_400L);
        assertThat(t.totals.claimedFen).isEqualTo(7_485_400L);
        assertThat(t.totals.receivedFen).isEqualTo(7_485_400L);
        assertThat(t.totals.disbursedFen).isEqualTo(7_485_400L);
        assertThat(t.entries).filteredOn(e -> e.type.equals("ClaimAmountRevised")).hasSize(5);
        assertThat(marksIn(t, "NEGOTIATION")).containsSubsequence("MediationAgreementReached PROMISE", "PaymentPromiseBroken PROMISE alert",
                "SupervisionLetterIssued LETTER", "PaymentPromiseBroken PROMISE alert", "SupervisionLetterIssued LETTER");
        assertThat(t.closedDeadlines).extracting(x -> x.key, x -> x.outcome).contains(
                tuple("PROMISED_PAYMENT:LD-P1", "MISSED"), tuple("PROMISED_PAYMENT:LD-P2", "MISSED"), tuple("LETTER_REPLY:LD-L2", "MET"));
        assertThat(t.daysToFullPayment()).isEqualTo(99L);
    }

    @Test
    void the_case_list_and_dashboard_show_both_cases_without_personal_data() {
        List<Object> both = new ArrayList<>(PingliangReferenceCaseTest.run().history());
        both.addAll(LudianReferenceCaseTest.run().history());
        h.project(h.projector(1), h.stamp(both));
        LocalDate today = LocalDate.of(2026, 1, 5);

        CaseListQuery list = new CaseListQuery(h.readModels);
        assertThat(list.find(CaseListQuery.Filter.none(), today, 0, 10).items()).extracting(e -> e.caseId)
                .containsExactlyInAnyOrder("PL-2025-001", "LD-2025-001");
        assertThat(list.find(new CaseListQuery.Filter(null, null, "平凉市总工会", null, null, null), today, 0, 10).items())
                .extracting(e -> e.caseId).containsExactly("PL-2025-001");
        assertThat(list.find(new CaseListQuery.Filter(null, null, null, "LD-GENERAL-CONTRACTOR", null, null), today, 0, 10).total()).isEqualTo(1);

        DashboardFigures all = new DashboardQuery(h.readModels).figures(null, null, null, null, today);
        assertThat(all.cases()).isEqualTo(2);
        assertThat(all.workersCovered()).isEqualTo(26);
        assertThat(all.recoveredFen()).isEqualTo(12_303_649L + 7_485_400L);
        assertThat(all.originalClaimedFen()).isEqualTo(12_303_649L + 8_485_400L);
        assertThat(all.casesByStage()).containsEntry("CLOSED", 2);
        assertThat(all.lettersByType()).containsEntry("REMINDER", 1).containsEntry("OPINION", 1);
        assertThat(all.replyRateByType()).containsEntry("OPINION", 1.0).containsEntry("REMINDER", 0.0);
        assertThat(all.medianDaysToFullPayment()).isEqualTo(76L);
        assertThat(all.p90DaysToFullPayment()).isEqualTo(99L);
        DashboardFigures yunnan = new DashboardQuery(h.readModels).figures(null, "53", null, null, today);
        assertThat(yunnan.cases()).isEqualTo(1);

        String dashboardJson = h.readModels.generation(1).dashboard().find().into(new ArrayList<>()).toString();
        assertThat(dashboardJson).doesNotContain("工人").doesNotContain("62080219800101");
    }

    @Test
    void dawukou_goes_from_mediation_through_judicial_confirmation_to_enforcement() {
        h.project(h.projector(1), h.stamp(DawukouReferenceCaseTest.run().history()));
        CaseTimeline t = h.timeline(1, "DWK-2025-001");

        // no arbitration, no lawsuit: from negotiation straight to enforcement on the confirmed agreement
        assertThat(t.stages).extracting(s -> s.stage, s -> s.enteredOn).containsExactly(
                tuple("INTAKE", d(6, 3)), tuple("ASSIGNED", d(6, 3)), tuple("NEGOTIATION", d(6, 4)), tuple("ENFORCEMENT", d(6, 11)),
                tuple("CLOSED", d(6, 18)));
        assertThat(t.entries).filteredOn(e -> "NEGOTIATION".equals(e.stage)).extracting(e -> e.type)
                .contains("MediationAgreementReached", "JudicialConfirmationApplied");
        assertThat(t.entries).filteredOn(e -> e.type.equals("InstrumentBecameEffective")).singleElement()
                .satisfies(e -> assertThat(e.summary.args()).startsWith(
                        org.caseledger.core.kernel.SummaryArg.code(org.caseledger.core.litigation.InstrumentKind.JUDICIAL_CONFIRMATION),
                        org.caseledger.core.kernel.SummaryArg.text("(2025)宁0202民特12号")));
        assertThat(t.ledger).hasSize(6).allSatisfy(l -> assertThat(l.receivedFen).isEqualTo(l.enforceableFen));
        assertThat(t.totals.receivedFen).isEqualTo(14_000_000L);
        assertThat(t.daysToFullPayment()).isEqualTo(15L);
        assertThat(t.closedDeadlines).extracting(x -> x.kind, x -> x.outcome).contains(tuple("PERFORMANCE", "MISSED"),
                tuple("PROMISED_PAYMENT", "MISSED"), tuple("DISBURSEMENT", "MET"));
        assertThat(t.warnings).isEmpty();
    }

    @Test
    void the_construction_case_shows_what_each_obligor_paid_and_can_still_be_made_to_pay() {
        h.project(h.projector(1), h.stamp(ConstructionCaseTest.run().history()));
        CaseTimeline t = h.timeline(1, "LD-2025-002");

        assertThat(t.obligors).extracting(o -> o.obligorId, o -> o.role, o -> o.liability, o -> o.capFen, o -> o.paidFen, o -> o.owedFen)
                .containsExactly(tuple("LD2-CREW", "CREW_LEADER", "PRIMARY", null, 0L, 0L),
                        tuple("LD2-GC", "GENERAL_CONTRACTOR", "PAY_FIRST", null, 3_200_000L, 0L),
                        tuple("LD2-OWNER", "CONSTRUCTION_UNIT", "CAPPED", 3_000_000L, 3_000_000L, 0L));
        assertThat(t.payments).extracting(p -> p.channel, p -> p.payerObligorId, p -> p.payerName, p -> p.amountFen).containsExactly(
                tuple("DIRECT", "LD2-OWNER", null, 3_000_000L),
                tuple("WAGE_DEPOSIT", "LD2-GC", "鲁甸县人力资源和社会保障局", 3_200_000L));
        assertThat(t.entries).filteredOn(e -> e.type.equals("PaymentReceived")).extracting(e -> e.summary).last()
                .satisfies(s -> {
                    assertThat(s.key()).isEqualTo("PaymentReceived.byAuthority");
                    assertThat(s.args()).extracting(a -> a.value()).startsWith("3200000", "鲁甸县人力资源和社会保障局", "PaymentChannel.WAGE_DEPOSIT");
                    assertThat(s.args()).contains(org.caseledger.core.kernel.SummaryArg.obligor(org.caseledger.core.kernel.ObligorId.of("LD2-GC")));
                });
        assertThat(t.letters).extracting(l -> l.type).containsExactly("REMINDER", "OPINION", "RECOMMENDATION");
        assertThat(t.totals.receivedFen).isEqualTo(6_200_000L);
        assertThat(t.closeReason).isEqualTo("PAID_IN_FULL");
    }

    @Test
    void while_the_construction_case_runs_the_capped_owner_owes_no_more_than_its_cap() {
        List<Object> history = ConstructionCaseTest.run().history();
        int firstPayment = history.indexOf(history.stream().filter(e -> e instanceof org.caseledger.core.money.PaymentReceived).findFirst().orElseThrow());
        h.project(h.projector(1), h.stamp(history.subList(0, firstPayment)));
        CaseTimeline t = h.timeline(1, "LD-2025-002");
        assertThat(t.obligors).extracting(o -> o.obligorId, o -> o.owedFen).containsExactly(
                tuple("LD2-CREW", 6_200_000L), tuple("LD2-GC", 6_200_000L), tuple("LD2-OWNER", 3_000_000L));
    }

    @Test
    void the_dashboard_counts_all_four_cases_without_personal_data() {
        List<Object> all = new ArrayList<>(PingliangReferenceCaseTest.run().history());
        all.addAll(LudianReferenceCaseTest.run().history());
        all.addAll(DawukouReferenceCaseTest.run().history());
        all.addAll(ConstructionCaseTest.run().history());
        h.project(h.projector(1), h.stamp(all));
        LocalDate today = LocalDate.of(2026, 1, 5);

        DashboardFigures figures = new DashboardQuery(h.readModels).figures(null, null, null, null, today);
        assertThat(figures.cases()).isEqualTo(4);
        assertThat(figures.workersCovered()).isEqualTo(21 + 5 + 6 + 4);
        assertThat(figures.recoveredFen()).isEqualTo(12_303_649L + 7_485_400L + 14_000_000L + 6_200_000L);
        assertThat(figures.casesPaidInFull()).isEqualTo(4);
        assertThat(figures.casesByStage()).containsEntry("CLOSED", 4);
        DashboardFigures ningxia = new DashboardQuery(h.readModels).figures(null, "64", null, null, today);
        assertThat(ningxia.cases()).isEqualTo(1);
        assertThat(ningxia.recoveredFen()).isEqualTo(14_000_000L);
        assertThat(ningxia.medianDaysToFullPayment()).isEqualTo(15L);
        String dashboardJson = h.readModels.generation(1).dashboard().find().into(new ArrayList<>()).toString();
        assertThat(dashboardJson).doesNotContain("职工").doesNotContain("农民工1").doesNotContain("6402021980");
    }

    private static org.caseledger.projections.timeline.Entry entry(CaseTimeline t, long seq) {
        return t.entries.stream().filter(e -> e.seq == seq).findFirst().orElseThrow();
    }

    /** The entries a stage's lane marks (steps left out), as "type MARK" and " alert" when it alerts. */
    private static List<String> marksIn(CaseTimeline t, String stage) {
        return t.entries.stream().filter(e -> stage.equals(e.stage) && !e.mark.equals("STEP"))
                .map(e -> e.type + " " + e.mark + (e.alert ? " alert" : "")).toList();
    }
}
