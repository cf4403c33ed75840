package org.caseledger.core.wagecase;

import org.caseledger.embedded.testing.TestClock;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.DeadlineOutcome;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.enforcement.EnforcementApplied;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.LawsuitFiled;
import org.caseledger.core.litigation.DirectSuitBasis;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.negotiation.CoordinationMeetingHeld;
import org.caseledger.core.negotiation.MeetingFormat;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.limitation.LimitationKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the aggregate specifications: a fixture with a fixed "today", a small case (two claimants, an
 * employer, a general contractor and a labour subcontractor) and the histories that bring it to each stage.
 */
public abstract class WageCaseSpec {

    public static final ChineseWorkingDayCalendar CALENDAR = ChineseWorkingDayCalendar.fromDefaultResource();

    protected static final CaseId CASE = CaseId.of("C-1");
    protected static final ClaimantId W1 = ClaimantId.of("W1");
    protected static final ClaimantId W2 = ClaimantId.of("W2");
    protected static final ObligorId EMPLOYER = ObligorId.of("EMP");
    protected static final ObligorId CONTRACTOR = ObligorId.of("GC");
    protected static final ObligorId SUBCONTRACTOR = ObligorId.of("SUB");
    protected static final UnionBody COUNTY_UNION = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    protected static final UnionBody GRASSROOTS_UNION = new UnionBody("某企业工会", UnionLevel.GRASSROOTS, RegionCode.of("530621"));
    protected static final Money W1_CLAIM = Money.ofYuan("10000.00");
    protected static final Money W2_CLAIM = Money.ofYuan("5000.00");

    protected static final LocalDate FILED = LocalDate.of(2025, 3, 10);
    protected static final LocalDate ENDED = LocalDate.of(2025, 2, 28);
    /** 劳动争议调解仲裁法 art. 27 counted as 民法典 arts. 201-203: 2026-02-28 is a Saturday declared a working day (调休). */
    protected static final LocalDate LIMITATION_ENDS = CourtPeriod.lastDay(ENDED, Period.ofYears(1), CALENDAR);

    protected final TestClock clock = new TestClock(LocalDate.of(2025, 12, 31));
    protected FixtureConfiguration<WageCase> fixture;

    @BeforeEach
    protected void createFixture() {
        fixture = new AggregateTestFixture<>(WageCase.class);
        registerDecisionContext(fixture, clock);
    }

    /** What the command handlers are given: today by the clock, the calendar, the reply windows and the minimum wages. */
    public static void registerDecisionContext(FixtureConfiguration<WageCase> fixture, java.time.Clock clock) {
        fixture.registerInjectableResource(new DecisionContext(clock, CALENDAR));
        fixture.registerInjectableResource(ReplyWindows.defaults());
        fixture.registerInjectableResource(org.caseledger.core.litigation.MinimumWages.fromDefaultResource());
        fixture.registerInjectableResource(org.caseledger.core.authority.CriminalThresholds.fromDefaultResource());
    }

    /**
     * A command whose own fields break a rule cannot be made at all: refused, with this code, before it reaches any case
     * (as the HTTP API refuses the body that would make it).
     */
    protected static void refusedAsWritten(org.assertj.core.api.ThrowableAssert.ThrowingCallable command, RuleCode code) {
        org.assertj.core.api.Assertions.assertThatThrownBy(command).isInstanceOfSatisfying(CaseRuleViolation.class,
                v -> org.assertj.core.api.Assertions.assertThat(v.code()).isEqualTo(code));
    }

    /** Matches a {@link CaseRuleViolation} with this code. */
    public static Matcher<CaseRuleViolation> violation(RuleCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CaseRuleViolation v) {
                return v.code() == code;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a case rule violation " + code);
            }

            @Override
            protected void describeMismatchSafely(CaseRuleViolation v, Description d) {
                d.appendText("was " + v.code() + " (" + v.getMessage() + ")");
            }
        };
    }

    protected static PersonalData person(String name, String first17) {
        return new PersonalData(name, first17 + PersonalData.checkDigit(first17), "13800000000");
    }

    protected static List<NewClaimant> twoClaimants() {
        return List.of(new NewClaimant(W1, person("张三", "53062119800101001"), W1_CLAIM),
                new NewClaimant(W2, person("李四", "53062119850202002"), W2_CLAIM));
    }

    protected static List<Obligor> threeObligors() {
        return List.of(new Obligor(EMPLOYER, "某建筑劳务有限公司", ObligorRole.EMPLOYER),
                new Obligor(CONTRACTOR, "某建设集团有限公司", ObligorRole.GENERAL_CONTRACTOR),
                new Obligor(SUBCONTRACTOR, "某劳务分包公司", ObligorRole.LABOUR_SUBCONTRACTOR));
    }

    protected static FileWageClaim fileClaim() {
        return new FileWageClaim(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "WO-2025-0001",
                twoClaimants(), threeObligors(), true, ENDED, FILED);
    }

    protected static WageClaimFiled filed() {
        return new WageClaimFiled(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "WO-2025-0001",
                twoClaimants(), threeObligors(), true, ENDED, LIMITATION_ENDS, FILED);
    }

    /**
     * The arbitration year restarting for both claimants on {@code on} (劳动争议调解仲裁法 art. 27 ¶2), replacing a
     * limitation deadline that was still open.
     */
    protected static LimitationInterrupted arbitrationRestarted(InterruptionCause cause, String note, LocalDate on) {
        LocalDate last = CourtPeriod.lastDay(on, Period.ofYears(1), CALENDAR);
        return new LimitationInterrupted(CASE, LimitationKind.ARBITRATION, cause, List.of(W1, W2), note, on, last,
                List.of(met(DeadlineKind.ARBITRATION_LIMITATION, CASE)), List.of(Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, CASE, last)), on);
    }

    protected static DeadlineClosure met(DeadlineKind kind, Object subject) {
        return new DeadlineClosure(kind + ":" + subject, DeadlineOutcome.MET);
    }

    protected static DeadlineClosure missed(DeadlineKind kind, Object subject) {
        return new DeadlineClosure(kind + ":" + subject, DeadlineOutcome.MISSED);
    }

    protected static DeadlineClosure cancelled(DeadlineKind kind, Object subject) {
        return new DeadlineClosure(kind + ":" + subject, DeadlineOutcome.CANCELLED);
    }

    protected static LegalAidGranted aidGranted() {
        return new LegalAidGranted(CASE, List.of(), List.of(met(DeadlineKind.LEGAL_AID_DECISION, CASE)), FILED.plusDays(1));
    }

    protected static LegalOfficerAssigned officerAssigned() {
        return new LegalOfficerAssigned(CASE, "officer-1", "王律师", List.of(),
                List.of(met(DeadlineKind.OFFICER_ASSIGNMENT, CASE)), FILED.plusDays(2));
    }

    protected static List<Object> assigned() {
        return List.of(filed(), aidGranted(), officerAssigned());
    }

    protected static List<Object> negotiating() {
        return plus(assigned(), new CoordinationMeetingHeld(CASE, MeetingFormat.IN_PERSON, List.of("EMP", "GC"),
                "no agreement", FILED.plusDays(5)));
    }

    protected static List<Object> litigating() {
        return plus(assigned(), new LawsuitFiled(CASE, "崆峒区人民法院", DirectSuitBasis.WAGE_IOU,
                List.of(met(DeadlineKind.ARBITRATION_LIMITATION, CASE)), FILED.plusDays(10)));
    }

    protected static final String INSTRUMENT_NO = "(2025)甘0802民初1号";
    protected static final LocalDate PERFORMANCE_DUE = FILED.plusDays(30);

    protected static List<Object> withEffectiveInstrument() {
        return plus(litigating(), new InstrumentBecameEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM),
                        new EnforceableAmount(W2, AmountComponent.PRINCIPAL, W2_CLAIM)),
                PERFORMANCE_DUE, List.of(), null, null, CourtPeriod.lastDay(PERFORMANCE_DUE, Period.ofYears(2), CALENDAR), List.of(),
                FILED.plusDays(20)));
    }

    protected static final LocalDate ENFORCEMENT_APPLIED = PERFORMANCE_DUE.plusDays(6);

    protected static List<Object> enforcing() {
        return plus(withEffectiveInstrument(), new EnforcementApplied(CASE, "崆峒区人民法院",
                List.of(met(DeadlineKind.ENFORCEMENT_APPLICATION, INSTRUMENT_NO), missed(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)),
                ENFORCEMENT_APPLIED));
    }

    @SafeVarargs
    protected static <T> List<Object> plus(List<? extends T> history, T... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }
}
