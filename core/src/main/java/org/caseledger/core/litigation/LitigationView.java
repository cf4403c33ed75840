package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.deadline.LimitationRestarts;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RegionCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What arbitration and litigation read of the rest of the case: where the case is handled, the arbitration year, the
 * ledger's claimants and its rules on enforceable amounts, a broken mediation agreement, a preservation in force; and
 * the three members of this phase, which read each other (an award decides the suit after it, a suit the award's
 * effect for the workers who did not sue).
 */
public interface LitigationView extends CaseView, LimitationRestarts {

    /** The region of the union body handling the case: the locality whose minimum wage decides a final award. */
    RegionCode region();

    /** Some claimant's arbitration year (as interrupted and suspended) ran out before {@code day}. */
    boolean arbitrationLimitationRanOutBefore(LocalDate day);

    /** An obligor of the case; refused (naming {@code field}) when there is none of that id. */
    Obligor obligor(ObligorId id, String field);

    /** A claimant of the case; refused when there is none of that id. */
    void checkClaimant(ClaimantId id);

    /** Claimants of the case, each named once. */
    void checkClaimants(List<ClaimantId> ids, String field);

    /** Per-claimant amounts: known claimants, each at most once, positive. */
    void checkAmounts(List<ClaimantAmount> amounts, String field);

    /** What a claimant is still owed: the target less what was received for him. */
    Money outstandingOf(ClaimantId id);

    /** An instrument's amounts within the claims but for their typed components (legal-basis §6.5 rule 3). */
    void checkEnforceable(List<EnforceableAmount> amounts, boolean includeEarlierPayments);

    /** What is irregular about an instrument's 加付赔偿金 (劳动合同法 art. 85). */
    List<CaseWarning> compensationWarnings(List<EnforceableAmount> amounts, String orderNo, boolean includeEarlierPayments);

    /** A wage mediation agreement was broken (劳动争议调解仲裁法 art. 16; 劳动争议解释(一) art. 51 ¶2). */
    boolean hasBrokenMediationAgreement();

    /** A broken wages-only agreement made before a body of 劳动争议调解仲裁法 art. 10 (解释(一) art. 51 ¶2). */
    boolean hasBrokenAgreementToSueOn();

    /** Whether the three years of 民法典 art. 188 had run out for some claimant before {@code day}. */
    boolean civilLimitationRanOutBefore(LocalDate day);

    /** Property was preserved before any arbitration or suit (诉前保全, 民事诉讼法解释 art. 427(7)). */
    boolean wasPreservedBeforeProceedings();

    /** A 财产保全 is in force: enforcement must follow the instrument within three months (劳动争议解释(一) art. 49). */
    boolean hasPreservationInForce();

    Arbitration arbitration();

    CourtProceedings court();

    PaymentOrder paymentOrder();

    Instruments instruments();
}
