package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * Legal grounds for adding a judgment debtor (追加被执行人), each citing its article of 《最高人民法院关于民事执行中
 * 变更、追加当事人若干问题的规定》 (法释〔2016〕21号, amended 2020), and whether the ground limits the added
 * party's liability to an amount.
 */
public enum AdditionGround {
    /** Art. 15: a branch office's legal person. */
    ART_15_BRANCH_LEGAL_PERSON(15, false),
    /** Art. 17: a shareholder who paid in no or too little capital, up to the unpaid amount. */
    ART_17_UNPAID_CAPITAL(17, true),
    /** Art. 18: a shareholder who withdrew capital, up to the amount withdrawn. */
    ART_18_WITHDRAWN_CAPITAL(18, true),
    /** Art. 19: a shareholder who transferred shares before paying in, up to the unpaid amount. */
    ART_19_TRANSFER_BEFORE_PAYING_IN(19, true),
    /** Art. 20: the shareholder of a one-person company who cannot prove its property is separate; jointly liable. */
    ART_20_ONE_PERSON_COMPANY_SHAREHOLDER(20, false),
    /** Art. 21: shareholders of a company deregistered without liquidation. */
    ART_21_DEREGISTERED_WITHOUT_LIQUIDATION(21, false),
    /** Art. 22: those who took over the assets for free, up to what they received. */
    ART_22_TOOK_ASSETS_FOR_FREE(22, true),
    /** Art. 23: a third party who undertook in writing to pay after deregistration. */
    ART_23_WRITTEN_UNDERTAKING_ON_DEREGISTRATION(23, true),
    /** Art. 24: a third party who undertook in writing to perform, within the undertaking. */
    ART_24_WRITTEN_UNDERTAKING_TO_PERFORM(24, true),
    /** Art. 25: the body that received assets moved by administrative order, up to their value. */
    ART_25_ASSETS_MOVED_BY_ORDER(25, true);

    private final int article;
    private final boolean capped;

    AdditionGround(int article, boolean capped) {
        this.article = article;
        this.capped = capped;
    }

    public int article() {
        return article;
    }

    /** A capped ground names the amount the added debtor answers for (a positive one); an uncapped ground names none. */
    public void checkLiabilityCap(Money cap) {
        if (capped) {
            require(cap != null && cap.isPositive(), RuleCode.LIABILITY_CAP_REQUIRED, "liabilityCap", "ground " + this);
        } else {
            require(cap == null, RuleCode.LIABILITY_CAP_NOT_APPLICABLE, "liabilityCap", "ground " + this);
        }
    }
}
