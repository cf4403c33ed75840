package org.caseledger.core.kernel;

/** The deadlines a case tracks (legal-basis §6.4); each names the rule that sets it. */
public enum DeadlineKind {
    /** 法律援助法 art. 43: decide within 7 days of the application. */
    LEGAL_AID_DECISION,
    /** 法律援助法 art. 43: assign within 3 days of the decision. */
    OFFICER_ASSIGNMENT,
    /** The date an obligor promised to pay (鲁甸: 2025-04-30, 2025-05-30). */
    PROMISED_PAYMENT,
    /** Written reply to a letter: 15 working days for a 意见书 (浙江条例 art. 22), configurable per jurisdiction. */
    LETTER_REPLY,
    /**
     * 劳动争议调解仲裁法 art. 27: one year from the end of employment, restarted by each interruption and extended by
     * suspension; the earliest last day among the claimants.
     */
    ARBITRATION_LIMITATION,
    /** 劳动争议调解仲裁法 art. 29: accept or reject within 5 days. */
    ARBITRATION_ACCEPTANCE,
    /** 劳动争议调解仲裁法 art. 43: award within 45 days of acceptance. */
    ARBITRAL_AWARD,
    /** 劳动争议调解仲裁法 arts. 48, 50: sue within 15 days of receiving the award. */
    SUIT_AFTER_AWARD,
    /** 民事诉讼法 art. 171: appeal within 15 days of service of the judgment. */
    APPEAL,
    /** The performance deadline of an effective instrument. */
    PERFORMANCE,
    /** 民事诉讼法 art. 250: apply for enforcement within 2 years of the performance deadline. */
    ENFORCEMENT_APPLICATION,
    /** 民事诉讼法解释 art. 485: deposits 1 year, movables 2 years, real estate 3 years. */
    FREEZE_EXPIRY,
    /** 失信被执行人名单规定 art. 2: listed for 2 years (+1 to 3 when serious). */
    DISHONEST_LISTING_EXPIRY,
    /** 终本规定 art. 9: after 终本 the court searches the debtors' property again every six months, for five years. */
    ASSET_RE_SEARCH,
    /** 执行款物管理规定: pay out within 30 days of funds reaching the court's account. */
    DISBURSEMENT,
    /** 民事诉讼法 art. 227: the debtor pays or objects within 15 days of service of the payment order. */
    PAYMENT_ORDER_OBJECTION,
    /**
     * 民事诉讼法解释 arts. 438-439: once the payment order lapsed, the creditor who does not agree to the proceedings going on as a
     * suit says so within 7 days of receiving the ruling that ended them; otherwise they are a suit from the day of the
     * application. Met by arbitrating (劳动争议解释(一) art. 13 ¶2) or suing.
     */
    PAYMENT_ORDER_DEEMED_SUIT,
    /** 劳动争议调解仲裁法 art. 49 ¶3: after a final award is set aside, the worker sues within 15 days of the ruling. */
    SUIT_AFTER_SET_ASIDE,
    /** 劳动争议解释(一) art. 24 ¶2: after a ruling not to enforce the award, the worker sues within 30 days from the day after. */
    SUIT_AFTER_NON_ENFORCEMENT,
    /** The day the labour administration's order to pay (责令支付) gave the obligor (劳动合同法 art. 85; 刑法 art. 276-1). */
    ORDER_TO_PAY,
    /** 民事诉讼法 art. 104 ¶3: after a preservation before any proceedings, arbitration or suit within 30 days. */
    PROCEEDINGS_AFTER_PRESERVATION,
    /** 劳动争议解释(一) art. 49: with property preserved, enforcement within three months of the instrument taking effect. */
    ENFORCEMENT_AFTER_PRESERVATION,
    /** An instrument's later instalment (分期履行): the day the obligor pays it by; the first is the PERFORMANCE deadline. */
    INSTALMENT,
    /**
     * 关于实施《劳动保障监察条例》若干规定 art. 18: a complaint to the labour inspectorate is accepted within 5 working days
     * of its receipt and filed (立案) the day it is accepted.
     */
    INSPECTION_FILING,
    /** 劳动保障监察条例 art. 17: the investigation is done within 60 working days of 立案, +30 when complex (with approval). */
    INSPECTION_INVESTIGATION;

    /**
     * Whether the engine counted the day from a period (so 民事诉讼法 art. 85 ¶2 moves it off a holiday), rather than taking
     * it as a document or a party stated it (a promised day, an instrument's performance or instalment day).
     */
    public boolean isCountedPeriod() {
        return this != PROMISED_PAYMENT && this != PERFORMANCE && this != INSTALMENT && this != FREEZE_EXPIRY
                && this != DISHONEST_LISTING_EXPIRY;
    }
}
