package org.caseledger.core.enforcement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 冻结 and 财产保全: the freezes of an obligor's property, by enforcement or as preservation before it (民事诉讼法 arts.
 * 103-104), each with its expiry (民事诉讼法解释 art. 485), renewed or lifted.
 */
public class Freezes {

    /** A freeze as the case knows it: whose, how much, until when, and whether it still holds. */
    public record Freeze(ObligorId obligorId, AssetKind assetKind, Money amount, LocalDate expiresOn, boolean inForce) {
    }

    private final Map<FreezeId, Freeze> freezes = new LinkedHashMap<>();
    /** The freezes that began as 财产保全 before enforcement. */
    private final Set<FreezeId> preservations = new LinkedHashSet<>();
    /** A 诉前财产保全 was recorded: property preserved before any arbitration or suit. */
    private boolean preservedBeforeProceedings;
    private transient EnforcementView view;

    public void bind(EnforcementView view) {
        this.view = view;
    }

    public Freeze freeze(FreezeId id) {
        Freeze f = freezes.get(id);
        require(f != null, RuleCode.UNKNOWN_FREEZE, "freezeId", "freeze " + id);
        return f;
    }

    /** The freezes not lifted (an expired one until it is lifted or renewed), in the order they were made. */
    public List<FreezeId> notLifted() {
        return freezes.entrySet().stream().filter(e -> e.getValue().inForce()).map(Map.Entry::getKey).toList();
    }

    /** What is frozen from this obligor on this day: freezes not lifted and not expired. */
    public Money frozenFrom(ObligorId obligor, LocalDate day) {
        return Money.sum(freezes.values().stream().filter(f -> f.inForce() && !day.isAfter(f.expiresOn()) && f.obligorId().equals(obligor))
                .map(Freeze::amount).toList());
    }

    /** A 财产保全 still in force: enforcement must follow the instrument within three months (劳动争议解释(一) art. 49). */
    /** Property was preserved before any arbitration or suit (诉前保全): a payment order is then not accepted (民事诉讼法解释 art. 427(7)). */
    public boolean wasPreservedBeforeProceedings() {
        return preservedBeforeProceedings;
    }

    public boolean hasPreservationInForce() {
        return preservations.stream().map(freezes::get).anyMatch(f -> f != null && f.inForce());
    }

    @CommandHandler
    void handle(FreezeAssets c) {
        checkNew(c.freezeId());
        view.obligor(c.obligorId(), "obligorId");
        LocalDate expires = c.assetKind().freezeEnds(c.occurredOn(), c.expiresOn());
        List<CaseWarning> warnings = new ArrayList<>();
        if (c.assetKind().isTooLong(c.occurredOn(), expires)) {
            warnings.add(CaseWarning.FREEZE_PERIOD_TOO_LONG);
        }
        if (supplementaryBeforePrimary(c.obligorId())) {
            warnings.add(CaseWarning.SUPPLEMENTARY_BEFORE_PRIMARY);
        }
        if (!view.isLiabilityShown(c.obligorId())) {
            warnings.add(CaseWarning.OBLIGOR_LIABILITY_NOT_SHOWN);
        }
        apply(new AssetsFrozen(view.caseId(), c.freezeId(), c.obligorId(), c.assetKind(), c.amount(), expires, warnings, c.occurredOn()));
    }

    /** A measure against a supplementary obligor while no primary obligor's property was searched (条例 art. 20). */
    private boolean supplementaryBeforePrimary(ObligorId target) {
        if (view.obligor(target, "obligorId").liability() != LiabilityKind.SUPPLEMENTARY) {
            return false;
        }
        List<Obligor> primary = view.obligors().stream().filter(o -> o.liability() == LiabilityKind.PRIMARY).toList();
        return !primary.isEmpty() && primary.stream().noneMatch(o -> view.enforcement().wasSearched(o.obligorId()));
    }

    /** 民事诉讼法 art. 104 ¶3: a preservation before any arbitration or suit must be followed by one within 30 days. */
    @CommandHandler
    void handle(RecordPropertyPreservation c) {
        checkNew(c.freezeId());
        view.obligor(c.obligorId(), "obligorId");
        LocalDate expires = c.assetKind().freezeEnds(c.occurredOn(), c.expiresOn());
        List<CaseWarning> warnings = c.assetKind().isTooLong(c.occurredOn(), expires) ? List.of(CaseWarning.FREEZE_PERIOD_TOO_LONG) : List.of();
        String aidFirst = view.aidFirst(c.aidFirstReason(), false, c.occurredOn());
        boolean beforeProceedings = view.stage() == CaseStage.INTAKE || view.stage() == CaseStage.ASSIGNED || view.stage() == CaseStage.NEGOTIATION;
        apply(new PropertyPreserved(view.caseId(), c.freezeId(), c.obligorId(), c.court(), c.assetKind(), c.amount(), expires,
                beforeProceedings ? CourtPeriod.lastDay(c.occurredOn(), 30, view.context().calendar()) : null, warnings, c.occurredOn(),
                aidFirst));
    }

    /** 民事诉讼法解释 art. 485: renewed before expiry, each time for no longer than a first freeze of its kind; after 终本 too. */
    @CommandHandler
    void handle(RenewFreeze c) {
        Freeze freeze = freeze(c.freezeId());
        require(freeze.inForce(), RuleCode.FREEZE_NOT_IN_FORCE, "freezeId", null);
        List<CaseWarning> warnings = new ArrayList<>();
        if (c.occurredOn().isAfter(freeze.expiresOn())) {
            warnings.add(CaseWarning.FREEZE_RENEWED_AFTER_EXPIRY);
        }
        LocalDate from = c.occurredOn().isAfter(freeze.expiresOn()) ? c.occurredOn() : freeze.expiresOn();
        if (freeze.assetKind().isTooLong(from, c.expiresOn())) {
            warnings.add(CaseWarning.FREEZE_PERIOD_TOO_LONG);
        }
        List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.FREEZE_EXPIRY, c.freezeId())
                .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
        apply(new FreezeRenewed(view.caseId(), c.freezeId(), c.expiresOn(), warnings, closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(LiftFreeze c) {
        require(freeze(c.freezeId()).inForce(), RuleCode.FREEZE_NOT_IN_FORCE, "freezeId", null);
        List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.FREEZE_EXPIRY, c.freezeId()).map(d -> List.of(d.cancelled()))
                .orElse(List.of());
        apply(new FreezeLifted(view.caseId(), c.freezeId(), c.reason(), closed, c.occurredOn()));
    }

    private void checkNew(FreezeId id) {
        require(!freezes.containsKey(id), RuleCode.DUPLICATE_FREEZE, "freezeId", "freeze " + id);
    }

    @EventSourcingHandler
    void on(AssetsFrozen e) {
        freezes.put(e.freezeId(), new Freeze(e.obligorId(), e.assetKind(), e.amount(), e.expiresOn(), true));
    }

    @EventSourcingHandler
    void on(PropertyPreserved e) {
        freezes.put(e.freezeId(), new Freeze(e.obligorId(), e.assetKind(), e.amount(), e.expiresOn(), true));
        preservations.add(e.freezeId());
        preservedBeforeProceedings |= e.proceedingsDueOn() != null;
    }

    @EventSourcingHandler
    void on(FreezeRenewed e) {
        freezes.computeIfPresent(e.freezeId(), (id, f) -> new Freeze(f.obligorId(), f.assetKind(), f.amount(), e.expiresOn(), true));
    }

    @EventSourcingHandler
    void on(FreezeLifted e) {
        freezes.computeIfPresent(e.freezeId(), (id, f) -> new Freeze(f.obligorId(), f.assetKind(), f.amount(), f.expiresOn(), false));
    }
}
