package org.caseledger.core.supervision;

import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.CreditCode;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;

import java.util.Locale;
import java.util.Objects;

/** An employer a supervision matter concerns: the id its letters name it by, its name and, when known, its 统一社会信用代码. */
public record ConcernedEmployer(ObligorId obligorId, String name, String creditCode) {

    public ConcernedEmployer {
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(name, "name");
        CaseRuleViolation.requireText(name, "employers.name");
        if (creditCode != null && !creditCode.isBlank()) {
            creditCode = creditCode.strip().toUpperCase(Locale.ROOT);
            CaseRuleViolation.require(CreditCode.isValid(creditCode), RuleCode.CREDIT_CODE_INVALID, "employers.creditCode",
                    "the 18th character is not the check character of the first 17 (GB 32100-2015)");
        } else {
            creditCode = null;
        }
    }
}
