package org.caseledger.projections;

import org.caseledger.core.intake.AddClaimant;
import org.caseledger.core.intake.Channel;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.money.AllocatePayment;
import org.caseledger.core.money.DisburseToClaimant;
import org.caseledger.core.money.FundsDisbursed;
import org.caseledger.core.money.PaymentAllocated;
import org.caseledger.core.money.UnallocatedFundsRefunded;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.money.RefundUnallocatedFunds;
import org.caseledger.core.money.ClaimAmountRevised;
import org.caseledger.core.money.ReviseClaimAmount;
import org.caseledger.core.scenario.CaseScenario;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.caseledger.projections.timeline.CaseTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money never wraps, as a property: random histories whose amounts are drawn near the limits (1 fen,
 * halves and thirds of Money.LIMIT, the limit itself and past it, Long.MAX_VALUE) are sent command by command to the
 * case; each command is either accepted or refused by a rule of the case, never failed by arithmetic. What was accepted
 * is projected into every read model, and each figure there equals the exact (BigInteger) sum over the events.
 */
class ExtremeAmountsPropertyTest {

    static final long LIMIT = Money.LIMIT.fen();
    static final long[] EXTREME = {1, 2, 99, LIMIT / 3, LIMIT / 2, LIMIT / 2 + 1, LIMIT - 1, LIMIT, LIMIT + 1,
            Long.MAX_VALUE / 2, Long.MAX_VALUE - 1, Long.MAX_VALUE, 1_000_000_000_000L};
    static final UnionBody BODY = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    static final ObligorId EMPLOYER = ObligorId.of("EMP");
    static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    final ProjectionHarness h = new ProjectionHarness();

    @AfterEach
    void close() {
        h.close();
    }

    static Money extreme(Random random) {
        long base = EXTREME[random.nextInt(EXTREME.length)];
        long nudge = random.nextInt(3) - 1; // one fen either side of the edge
        return Money.ofFen(Math.max(1, base == Long.MAX_VALUE && nudge > 0 ? base : base + nudge));
    }

    static NewClaimant claimant(int i, Money claimed) {
        return new NewClaimant(ClaimantId.of("W" + i), new PersonalData("工人", null, null), claimed);
    }

    /** One generated case: a filing (smaller if refused), then 25 money commands, each accepted or refused. */
    static List<Object> generatedHistory(int n, Random random, Map<RuleCode, Integer> refusals) {
        CaseId id = CaseId.of("X-" + n);
        CaseScenario scenario = new CaseScenario();
        int claimants = 1 + random.nextInt(3);
        List<NewClaimant> people = new ArrayList<>();
        for (int i = 1; i <= claimants; i++) {
            people.add(claimant(i, extreme(random)));
        }
        CaseScenario.Attempt filed = scenario.attempt(DAY, filing(id, people));
        if (filed.refusal() != null) {
            expectRuleRefusal(filed, refusals);
            people = List.of(claimant(1, Money.ofFen(1 + random.nextInt(1_000_000))));
            claimants = 1;
            assertThat(scenario.attempt(DAY, filing(id, people)).refusal()).isNull();
        }
        int payments = 0;
        for (int step = 0; step < 25; step++) {
            ClaimantId someone = ClaimantId.of("W" + (1 + random.nextInt(claimants)));
            LocalDate on = DAY.plusDays(1 + step);
            Object command = switch (random.nextInt(6)) {
                case 0 -> new AddClaimant(id, claimant(++claimants, extreme(random)), on);
                case 1 -> new ReviseClaimAmount(id, someone, extreme(random), "核定", on);
                case 2 -> new RecordPayment(id, PaymentId.of("P" + (++payments)), EMPLOYER, PaymentChannel.DIRECT, extreme(random),
                        random.nextBoolean() ? List.of() : List.of(new ClaimantAmount(someone, extreme(random))), on);
                case 3 -> new AllocatePayment(id, PaymentId.of("P" + Math.max(1, payments)), List.of(new ClaimantAmount(someone, extreme(random))), on);
                case 4 -> new DisburseToClaimant(id, someone, extreme(random), on);
                default -> new RefundUnallocatedFunds(id, PaymentId.of("P" + Math.max(1, payments)), extreme(random), on);
            };
            CaseScenario.Attempt attempt = scenario.attempt(on, command);
            if (attempt.refusal() != null) {
                expectRuleRefusal(attempt, refusals);
                if (command instanceof AddClaimant) {
                    claimants--;
                } else if (command instanceof RecordPayment) {
                    payments--;
                }
            }
        }
        return scenario.history();
    }

    static FileWageClaim filing(CaseId id, List<NewClaimant> people) {
        return new FileWageClaim(id, BODY, "construction", Channel.ONLINE, null, people,
                List.of(new Obligor(EMPLOYER, "某公司", ObligorRole.EMPLOYER)), true, DAY.minusDays(10), DAY);
    }

    /** A refusal is the case's own rule, with its code: never an overflow, never anything else. */
    static void expectRuleRefusal(CaseScenario.Attempt attempt, Map<RuleCode, Integer> refusals) {
        assertThat(attempt.refusal()).as("refused by a rule of the case, not by arithmetic").isInstanceOf(CaseRuleViolation.class);
        refusals.merge(((CaseRuleViolation) attempt.refusal()).code(), 1, Integer::sum);
    }

    /**
     * The exact sums over a case's events, as the read models must show them: claims as they stand, what was received
     * for the claimants (allocated), what was paid out to them, and what the case holds net of refunds.
     */
    record Exact(BigInteger claimed, BigInteger received, BigInteger disbursed, BigInteger netPaidIn) {
        static Exact of(List<Object> events) {
            Map<ClaimantId, BigInteger> claims = new LinkedHashMap<>();
            BigInteger received = BigInteger.ZERO;
            BigInteger disbursed = BigInteger.ZERO;
            BigInteger netPaidIn = BigInteger.ZERO;
            for (Object e : events) {
                if (e instanceof WageClaimFiled f) {
                    f.claimants().forEach(c -> claims.put(c.claimantId(), BigInteger.valueOf(c.claimed().fen())));
                } else if (e instanceof ClaimantAdded a) {
                    claims.put(a.claimant().claimantId(), BigInteger.valueOf(a.claimant().claimed().fen()));
                } else if (e instanceof ClaimAmountRevised r) {
                    claims.put(r.claimantId(), BigInteger.valueOf(r.revised().fen()));
                } else if (e instanceof PaymentReceived p) {
                    netPaidIn = netPaidIn.add(BigInteger.valueOf(p.amount().fen()));
                    received = received.add(allocated(p.allocations()));
                } else if (e instanceof PaymentAllocated a) {
                    received = received.add(allocated(a.allocations()));
                } else if (e instanceof UnallocatedFundsRefunded r) {
                    netPaidIn = netPaidIn.subtract(BigInteger.valueOf(r.amount().fen()));
                } else if (e instanceof FundsDisbursed d) {
                    disbursed = disbursed.add(BigInteger.valueOf(d.amount().fen()));
                }
            }
            return new Exact(claims.values().stream().reduce(BigInteger.ZERO, BigInteger::add), received, disbursed, netPaidIn);
        }

        static BigInteger allocated(List<ClaimantAmount> allocations) {
            return allocations.stream().map(a -> BigInteger.valueOf(a.amount().fen())).reduce(BigInteger.ZERO, BigInteger::add);
        }

        Exact plus(Exact o) {
            return new Exact(claimed.add(o.claimed), received.add(o.received), disbursed.add(o.disbursed), netPaidIn.add(o.netPaidIn));
        }
    }

    @Test
    void histories_with_extreme_amounts_are_refused_by_rules_never_by_overflow_and_every_read_model_sums_exactly() {
        Random random = new Random(20261127);
        Map<RuleCode, Integer> refusals = new HashMap<>();
        List<List<Object>> cases = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            cases.add(generatedHistory(n, random, refusals));
        }
        h.project(h.projector(1), h.stamp(IdempotenceAndInterleavingTest.interleaved(cases, random)));

        Exact all = new Exact(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
        BigInteger limit = BigInteger.valueOf(LIMIT);
        for (List<Object> events : cases) {
            String caseId = ((WageClaimFiled) events.get(0)).caseId().value();
            Exact exact = Exact.of(events);
            all = all.plus(exact);
            assertThat(exact.claimed()).as("the case's claims stay within the limit").isLessThanOrEqualTo(limit);
            assertThat(exact.netPaidIn()).as("what the case holds, net of refunds, stays within the limit").isLessThanOrEqualTo(limit);

            CaseTimeline timeline = h.timeline(1, caseId);
            assertThat(BigInteger.valueOf(timeline.totals.claimedFen)).as(caseId + " claimed").isEqualTo(exact.claimed());
            assertThat(BigInteger.valueOf(timeline.totals.receivedFen)).as(caseId + " received").isEqualTo(exact.received());
            assertThat(BigInteger.valueOf(timeline.totals.disbursedFen)).as(caseId + " disbursed").isEqualTo(exact.disbursed());
            assertThat(BigInteger.valueOf(timeline.totals.unallocatedFen)).as(caseId + " unallocated")
                    .isEqualTo(exact.netPaidIn().subtract(exact.received()));
            CaseListEntry row = CaseListEntry.of(timeline);
            assertThat(row.targetFen).as(caseId + " target").isNotNegative();
            assertThat(BigInteger.valueOf(row.receivedFen)).isEqualTo(exact.received());
        }
        DashboardFigures figures = new DashboardQuery(h.readModels).figures(null, null, null, null, LocalDate.of(2026, 1, 5));
        assertThat(figures.cases()).isEqualTo(cases.size());
        assertThat(BigInteger.valueOf(figures.claimedFen())).isEqualTo(all.claimed());
        assertThat(BigInteger.valueOf(figures.recoveredFen())).isEqualTo(all.received());
        assertThat(BigInteger.valueOf(figures.disbursedFen())).isEqualTo(all.disbursed());
        assertThat(figures.recoveredFen()).isNotNegative();
        // the generator reached the edges: amounts past the limit were refused, and some large ones were accepted
        assertThat(refusals).containsKey(RuleCode.AMOUNT_TOO_LARGE);
        assertThat(all.netPaidIn()).isGreaterThan(BigInteger.valueOf(LIMIT / 2));
    }
}
