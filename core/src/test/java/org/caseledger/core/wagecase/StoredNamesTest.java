package org.caseledger.core.wagecase;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored names are a contract: every event has one, none is a Java class name, every 0.1.0 name is still read. */
class StoredNamesTest {

    @Test
    void every_event_type_has_a_stored_name_that_is_not_its_java_name() {
        Set<Class<?>> named = new HashSet<>(StoredNames.CURRENT.values());
        assertThat(named).hasSameSizeAs(StoredNames.CURRENT.keySet());
        assertThat(named).containsAll(org.caseledger.core.scenario.CoverageCases.eventClasses());
        assertThat(StoredNames.CURRENT.keySet()).allSatisfy(name -> assertThat(name).doesNotContain("."));
    }

    @Test
    void every_type_stored_by_0_1_0_is_read_under_its_old_name() {
        // the events added since (0.2.0: served letters, freeze renewal and lifting, the limitation's events) have no old name
        Set<Class<?>> since = Set.of(org.caseledger.core.supervision.SupervisionLetterServed.class,
                org.caseledger.core.enforcement.FreezeRenewed.class, org.caseledger.core.enforcement.FreezeLifted.class,
                org.caseledger.core.limitation.LimitationInterrupted.class, org.caseledger.core.limitation.LimitationSuspended.class,
                org.caseledger.core.limitation.LimitationSuspensionEnded.class,
                org.caseledger.core.intake.ClaimantPersonalDataErased.class,
                // 0.3.0: several obligors, the shortcut procedures
                org.caseledger.core.intake.ObligorLiabilityRecorded.class, org.caseledger.core.litigation.ArbitrationRefused.class,
                org.caseledger.core.litigation.AwardPeriodExtended.class, org.caseledger.core.litigation.PaymentOrderIssued.class,
                org.caseledger.core.negotiation.JudicialConfirmationApplied.class,
                org.caseledger.core.negotiation.JudicialConfirmationRefused.class,
                org.caseledger.core.litigation.SetAsideApplied.class, org.caseledger.core.litigation.SetAsideRuled.class,
                org.caseledger.core.money.LateInterestAssessed.class, org.caseledger.core.authority.OrderToPayIssued.class,
                org.caseledger.core.authority.ReferredToPolice.class, org.caseledger.core.authority.PoliceDecided.class,
                org.caseledger.core.authority.ObligorBlacklisted.class, org.caseledger.core.enforcement.PropertyPreserved.class,
                org.caseledger.core.litigation.AdvanceExecutionOrdered.class,
                // 0.4.0: the law's corrections
                org.caseledger.core.litigation.SuitEnded.class, org.caseledger.core.litigation.EnforcementOfAwardRefused.class,
                org.caseledger.core.enforcement.EnforcementSuspended.class, org.caseledger.core.enforcement.EnforcementSuspensionEnded.class,
                org.caseledger.core.money.InstalmentPaid.class, org.caseledger.core.negotiation.MediationApplied.class,
                // 0.5.0: supervision matters
                org.caseledger.core.supervision.SupervisionMatterOpened.class,
                org.caseledger.core.authority.InspectionFiled.class, org.caseledger.core.authority.InspectionExtended.class,
                org.caseledger.core.authority.InspectionDecided.class, org.caseledger.core.authority.InspectionEnforcementApplied.class,
                org.caseledger.core.authority.WageDepositDrawDecided.class,
                org.caseledger.core.intake.ClaimantPersonalDataCorrected.class,
                // 0.6.0: people and paper
                org.caseledger.core.contact.ContactRecorded.class, org.caseledger.core.contact.DocumentAttached.class);
        Set<Class<?>> of010 = new HashSet<>(StoredNames.CURRENT.values());
        of010.removeAll(since);
        assertThat(new HashSet<>(StoredNames.RETIRED.values())).isEqualTo(of010);
        assertThat(StoredNames.RETIRED.keySet()).allSatisfy(name -> assertThat(name).startsWith("org.caseledger.core."));
    }
}
