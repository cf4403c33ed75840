package org.caseledger.core.money;

import org.caseledger.core.intake.AddClaimant;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.Channel;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.money.ReviseClaimAmount;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * No figure wraps: an amount, a case's total claims and the total it received stay within Money.LIMIT
 * (10^15 fen), so every sum the ledger and the read models make is exact. Past it the command is refused and the
 * case goes on.
 */
class AmountLimitsTest extends WageCaseSpec {

    static final Money HALF = Money.ofFen(Money.LIMIT.fen() / 2);

    static NewClaimant claimant(String id, Money claimed) {
        return new NewClaimant(ClaimantId.of(id), new PersonalData("工人", null, null), claimed);
    }

    static FileWageClaim filing(Money... claims) {
        List<NewClaimant> claimants = new java.util.ArrayList<>();
        for (int i = 0; i < claims.length; i++) {
            claimants.add(claimant("W" + (i + 1), claims[i]));
        }
        return new FileWageClaim(CASE, COUNTY_UNION, "construction", Channel.ONLINE, null, claimants,
                List.of(new Obligor(EMPLOYER, "某公司", ObligorRole.EMPLOYER)), true, ENDED, FILED);
    }

    @Test
    void a_claim_past_the_limit_is_refused_at_filing() {
        fixture.givenNoPriorActivity().when(filing(Money.ofFen(Long.MAX_VALUE)))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
    }

    @Test
    void claims_that_together_pass_the_limit_are_refused_and_within_it_accepted() {
        fixture.givenNoPriorActivity().when(filing(HALF, HALF, Money.ofFen(2)))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
        fixture.givenNoPriorActivity().when(filing(HALF, HALF)).expectSuccessfulHandlerExecution();
    }

    @Test
    void adding_or_revising_a_claim_cannot_take_the_total_past_the_limit() {
        fixture.givenCommands(filing(HALF, HALF))
                .when(new AddClaimant(CASE, claimant("W3", Money.ofFen(1)), FILED))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
        fixture.givenCommands(filing(HALF, Money.ofFen(1)))
                .when(new ReviseClaimAmount(CASE, ClaimantId.of("W2"), HALF.plus(Money.ofFen(1)), "re-measured", FILED))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
    }

    @Test
    void payments_cannot_take_what_the_case_received_past_the_limit_so_no_later_payment_is_stuck() {
        fixture.givenCommands(filing(Money.ofYuan("100.00")))
                .andGiven(new PaymentReceived(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.LIMIT, List.of(), FILED))
                .when(new RecordPayment(CASE, PaymentId.of("P2"), EMPLOYER, PaymentChannel.DIRECT, Money.ofFen(1), List.of(), FILED))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
        fixture.givenCommands(filing(Money.ofYuan("100.00")))
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofFen(Long.MAX_VALUE), List.of(), FILED))
                .expectException(violation(RuleCode.AMOUNT_TOO_LARGE));
    }
}
