package org.caseledger.core.kernel;

/** Something allowed but irregular, recorded on the event and shown on the timeline instead of being blocked. */
public enum CaseWarning {
    /** 法律援助法 art. 43: the decision came more than 7 days after the application. */
    LEGAL_AID_DECISION_LATE,
    /** 法律援助法 art. 43: the officer was assigned more than 3 days after the decision. */
    OFFICER_ASSIGNMENT_LATE,
    /** A 意见书 without a 提示函 before it. */
    OPINION_WITHOUT_REMINDER,
    /** A 建议书 without a 意见书 that was refused, went unanswered or was not complied with (浙江条例 art. 23). */
    RECOMMENDATION_WITHOUT_FAILED_OPINION,
    /** 变更追加规定 art. 28: the ruling came more than 60 days after the application. */
    ADDITION_RULING_LATE,
    /** A reply received after its due date. */
    REPLY_LATE,
    /**
     * 劳动争议调解仲裁法 art. 27: arbitration applied for after the limitation year (as interrupted and suspended) ran
     * out for some claimant. The commission accepts it; the respondent may plead the limitation (办案规则 art. 30).
     */
    ARBITRATION_LIMITATION_PASSED,
    /** 劳动争议调解仲裁法 arts. 48, 50 with 民事诉讼法 art. 85: a suit against an award after its 15 days. */
    SUIT_AFTER_AWARD_PERIOD_PASSED,
    /** 民事诉讼法 arts. 171, 85: an appeal after the 15 days from service of the judgment. */
    APPEAL_PERIOD_PASSED,
    /** 民事诉讼法 art. 165; 民事诉讼法解释 art. 271: a small-claims judgment is final at first instance; no appeal lies. */
    APPEAL_AGAINST_SMALL_CLAIMS_JUDGMENT,
    /** 劳动争议解释(一) art. 24 ¶2: a suit filed more than 30 days after the ruling not to enforce the award. */
    SUIT_AFTER_NON_ENFORCEMENT_PERIOD_PASSED,
    /**
     * 民事诉讼法 art. 250: enforcement applied for (or resumed) after the two years ran out; the court accepts it and the
     * debtor may object (民事诉讼法解释 art. 481).
     */
    ENFORCEMENT_LIMITATION_PASSED,
    /** 终本规定 art. 1(4): 终本 is ordered only when more than three months have passed since enforcement was filed. */
    ROUND_TERMINATED_WITHIN_THREE_MONTHS,
    /** 终本规定 art. 1(3): a judgment debtor's property was not searched before 终本. */
    ROUND_TERMINATED_WITHOUT_SEARCH,
    /** 终本规定 art. 1(2): no 限制消费令 against a judgment debtor before 终本. */
    ROUND_TERMINATED_WITHOUT_RESTRICTION,
    /** 民事诉讼法解释 art. 485: longer than one freeze of this kind may last (deposits 1 year, movables 2, real estate 3). */
    FREEZE_PERIOD_TOO_LONG,
    /** 民事诉讼法解释 art. 485: a freeze renewed after it had already expired (renewal comes before expiry). */
    FREEZE_RENEWED_AFTER_EXPIRY,
    /** 失信被执行人名单规定 art. 2: the term does not match the ground (ground 1 has none; grounds 2-6: 2 years, 3-5 if serious). */
    DISHONEST_TERM_IRREGULAR,
    /**
     * 失信被执行人名单规定 art. 3: a listing on ground 1 while frozen property already covers what the debtor owes (for a
     * capped debtor, what it can still be made to pay).
     */
    DISHONEST_LISTING_WHILE_COVERED,
    /** 劳动合同法 art. 85: 加付赔偿金 without the labour administration's order to pay it rests on. */
    ADDITIONAL_COMPENSATION_WITHOUT_ORDER,
    /** 劳动合同法 art. 85: 加付赔偿金 below 50% of the amount owed. */
    ADDITIONAL_COMPENSATION_BELOW_FLOOR,
    /** An award took effect that the case has not recorded (劳动争议调解仲裁法 arts. 47, 50): record the award itself. */
    INSTRUMENT_WITHOUT_RECORDED_AWARD,
    /** 劳动争议调解仲裁法 art. 43 ¶1: the award period extended, in all, by more than 15 days past its first due day. */
    AWARD_EXTENSION_IRREGULAR,
    /** 民事诉讼法 art. 227: an objection after the 15 days from service does not stop the payment order. */
    PAYMENT_ORDER_OBJECTION_LATE,
    /** 民事诉讼法解释 art. 436: an objection pleading only inability to pay (or asking for time) leaves the order in force. */
    PAYMENT_ORDER_OBJECTION_ONLY_INABILITY,
    /** 民事诉讼法解释 art. 436 ¶3: an oral objection to a payment order is void; the order stands. */
    PAYMENT_ORDER_OBJECTION_ORAL,
    /** 民事诉讼法解释 art. 427(7): property was preserved before any suit; the court does not accept a payment order. */
    PAYMENT_ORDER_AFTER_PRESERVATION,
    /** 民事诉讼法解释 art. 430(2): a payment order not served within 30 days of its issue lapses. */
    PAYMENT_ORDER_SERVED_AFTER_30_DAYS,
    /** 劳动争议解释(一) art. 21 ¶1: while the worker sues the award, the intermediate court does not accept the employer's application to set it aside. */
    SET_ASIDE_WHILE_WORKER_SUES,
    /** 民事诉讼法 art. 205: 司法确认 applied for more than 30 days after the mediation agreement took effect. */
    JUDICIAL_CONFIRMATION_LATE,
    /** 民事诉讼法 art. 205: the court confirms agreements of a lawfully established mediation body, not a settlement or a 调解书. */
    JUDICIAL_CONFIRMATION_NOT_OF_MEDIATION_BODY,
    /** 民事诉讼法 art. 205; 解释(一) art. 52: both parties apply together. */
    JUDICIAL_CONFIRMATION_NOT_JOINT,
    /** 民法典 art. 188: a direct suit (IOU, 劳务, a broken agreement) after the three years: the defendant may plead it. */
    CIVIL_LIMITATION_PASSED,
    /**
     * A measure against an obligor whose liability the case has not shown: a 用工单位 without its ground (条例 art. 18;
     * 劳动合同法 art. 92 ¶2), a 建设单位 without its unsettled project funds (条例 art. 29 ¶2). Record it.
     */
    OBLIGOR_LIABILITY_NOT_SHOWN,
    /**
     * 保障农民工工资支付条例 art. 20 (补充责任): a measure against an obligor liable only for what the primary obligor cannot
     * pay, before any asset search of a primary obligor.
     */
    SUPPLEMENTARY_BEFORE_PRIMARY,
    /**
     * 劳动争议调解仲裁法 art. 47; 劳动争议解释(一) arts. 19-20: the award states an item final (or not) where 12 × the
     * local monthly minimum wage says otherwise; the court decides on review.
     */
    AWARD_FINALITY_NOT_AS_THE_LAW_SAYS,
    /** 劳动争议调解仲裁法 art. 47: no monthly minimum wage is known for the case's region and day; the award is taken as it states. */
    MINIMUM_WAGE_UNKNOWN,
    /** 劳动争议调解仲裁法 art. 49: setting aside is for final awards; against a non-final one the employer sues (art. 50). */
    SET_ASIDE_OF_NON_FINAL_AWARD,
    /** 劳动争议调解仲裁法 art. 49: applied for more than 30 days after the employer received the award. */
    SET_ASIDE_APPLICATION_LATE,
    /** 劳动争议解释(一) art. 25: enforcement applied for while the employer's application to set the award aside is pending. */
    ENFORCEMENT_WHILE_SET_ASIDE_PENDING,
    /** 法释〔2013〕3号 art. 3: the 劳动报酬 unpaid reaches neither one worker's nor ten workers' threshold of "数额较大". */
    CRIMINAL_AMOUNT_BELOW_THRESHOLD,
    /** 法释〔2013〕3号 art. 6: the 劳动报酬 was paid before the police filed the case: not a crime where no serious consequence followed. */
    REMUNERATION_PAID_BEFORE_FILING,
    /** 刑法 art. 276-1: referred to the police without an order to pay (责令支付) that the obligor let pass unpaid. */
    POLICE_REFERRAL_WITHOUT_UNPAID_ORDER,
    /** 民事诉讼法 art. 171: a first-instance judgment recorded effective before both sides' 15 days to appeal had passed. */
    JUDGMENT_EFFECTIVE_WITHIN_APPEAL_PERIOD,
    /** 劳动争议调解仲裁法 arts. 48-49: against a final award the employer does not sue; it applies to the 中院 to set it aside. */
    EMPLOYER_SUIT_AGAINST_FINAL_AWARD,
    /** 关于实施《劳动保障监察条例》若干规定 art. 18: the inspectorate filed the complaint more than 5 working days after receiving it. */
    INSPECTION_FILED_LATE,
    /** 劳动保障监察条例 art. 17: a complex investigation is extended once, by 30 working days; this is a further extension. */
    INSPECTION_EXTENDED_AGAIN,
    /** 劳动保障监察条例 art. 17: decided after the 60 working days (and any extension) of the investigation. */
    INSPECTION_DECIDED_LATE
}
