package org.caseledger.core.authority;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * What the labour administration and the police did about an obligor: orders to pay (责令支付), referrals of the crime
 * of refusing to pay wages and the police's decisions (刑法 art. 276-1), listings for serious arrears.
 */
public class AuthorityActions {

    private final Map<ObligorId, LocalDate> latestPayBy = new HashMap<>();
    private final Set<String> orderNos = new HashSet<>();
    private final Set<ObligorId> referred = new HashSet<>();

    public void checkNewOrder(String documentNo) {
        require(!orderNos.contains(documentNo), RuleCode.DUPLICATE_INSTRUMENT, "documentNo", "order " + documentNo);
    }

    /**
     * 刑法 art. 276-1: the crime needs an order to pay that the obligor let pass unpaid; a referral without one (or
     * before its day) is flagged, not refused: it is the authority's act.
     */
    public List<CaseWarning> referralWarnings(ObligorId obligor, LocalDate on) {
        LocalDate payBy = latestPayBy.get(obligor);
        List<CaseWarning> warnings = new ArrayList<>();
        if (payBy == null || !on.isAfter(payBy)) {
            warnings.add(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER);
        }
        return warnings;
    }

    public void checkReferred(ObligorId obligor) {
        require(referred.contains(obligor), RuleCode.NO_POLICE_REFERRAL, "obligorId", "obligor " + obligor);
    }

    @EventSourcingHandler
    void on(OrderToPayIssued e) {
        orderNos.add(e.documentNo());
        latestPayBy.merge(e.obligorId(), e.payBy(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @EventSourcingHandler
    void on(ReferredToPolice e) {
        referred.add(e.obligorId());
    }
}
