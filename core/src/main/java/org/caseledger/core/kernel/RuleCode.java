package org.caseledger.core.kernel;

/**
 * Stable codes of the rules a command can break. Clients and the API rely on these names: never rename one,
 * only add. Each code's text names the rule and, where there is one, its legal basis.
 */
public enum RuleCode {
    // any command
    CASE_CLOSED("a closed case accepts no command but ReopenCase"),
    WRONG_STAGE("the command is not allowed in the case's current stage (legal-basis §6.2)"),
    DATE_IN_FUTURE("a fact cannot be recorded before the day it happens"),
    DATE_BEFORE_FILING("a fact of the case cannot predate the claim"),
    REASON_REQUIRED("a reason must be given"),
    // intake
    NO_CLAIMANTS("a claim names at least one claimant"),
    NO_OBLIGORS("a claim names at least one obligor"),
    DUPLICATE_CLAIMANT("a claimant id is used once per case"),
    DUPLICATE_OBLIGOR("an obligor id is used once per case"),
    UNKNOWN_CLAIMANT("no such claimant in this case"),
    UNKNOWN_OBLIGOR("no such obligor (party) in this case"),
    EMPLOYMENT_END_INCONSISTENT("an ended employment needs its end date, on or before the filing day; an ongoing one has none"),
    LEGAL_AID_ALREADY_DECIDED("legal aid was already decided (法律援助法 art. 43)"),
    PERSONAL_DATA_ALREADY_ERASED("the claimant's personal data was already erased"),
    LEGAL_AID_NOT_GRANTED("an officer is assigned only once legal aid is granted (法律援助法 art. 43)"),
    // money
    AMOUNT_NOT_POSITIVE("amounts are positive whole fen"),
    AMOUNT_TOO_LARGE("an amount, a case's total claims and the total it received are at most ¥10,000,000,000,000.00 (10^15 fen): a larger figure is a typing error, and sums past it could not be kept exactly"),
    CLAIM_ITEMS_DO_NOT_ADD_UP("the items of a claim add up to its total: give the items, or the total alone (one item of unpaid wages)"),
    CLAIM_ITEM_TWICE("a claim names each kind of item once"),
    CLAIM_ITEM_NOT_CLAIMABLE("the doubled late interest is not claimed: enforcement brings it (民事诉讼法 art. 264)"),
    AGREED_EXCEEDS_CLAIMED("an agreed amount cannot exceed the claim; revise the claim first (legal-basis §6.5 rule 3)"),
    REDUCTION_REASON_REQUIRED("an agreed amount below the claim needs a reason"),
    REVISION_UNCHANGED("a revision changes the amount"),
    REVISION_BELOW_AGREED_OR_RECEIVED("a claim cannot be revised below what was agreed or already received"),
    ENFORCEABLE_PRINCIPAL_EXCEEDS_CLAIMED("enforceable principal cannot exceed the claim; only typed components (late interest, additional compensation, severance) may add to it"),
    ADDITIONAL_COMPENSATION_OVER_LIMIT("加付赔偿金 is 50% to 100% of the amount owed (劳动合同法 art. 85)"),
    ALLOCATION_EXCEEDS_PAYMENT("a payment's allocations cannot exceed the payment"),
    OVERPAYMENT("a claimant cannot receive more than the target (enforceable, else agreed, else claimed); an overpayment is refused, never absorbed"),
    PAYER_NOT_A_PARTY("a payment comes from a party of the case"),
    CONTRACTOR_CHANNEL_NEEDS_CONTRACTOR("a payment on behalf of a subcontractor comes from the general contractor (保障农民工工资支付条例 art. 30)"),
    /** no longer raised: money a capped obligor pays of its own accord is received; its cap limits what can be enforced. */
    @Deprecated
    LIABILITY_CAP_EXCEEDED("a capped obligor pays no more than its liability cap (保障农民工工资支付条例 art. 29 ¶2; 变更追加规定 arts. 17-19, 22-25)"),
    ENFORCEMENT_ALREADY_SUSPENDED("enforcement already stands suspended: record the end of that suspension first"),
    NO_ENFORCEMENT_SUSPENSION("enforcement does not stand suspended"),
    INSTALMENTS_NOT_AS_STATED("the first instalment is due on the performance day and the last on the last instalment's day"),
    INSTALMENT_NEEDS_CLAIMANT("an instrument for several claimants names the claimant of each instalment"),
    INSTALMENTS_EXCEED_DEBT("a claimant's instalments add up to no more than what the instrument grants him"),
    AID_FIRST_REASON_REQUIRED("before the legal-aid decision a step is taken only as aid given first, with its reason (法律援助法 art. 44)"),
    AID_FIRST_NOT_ALLOWED("before the legal-aid decision, arbitration or a suit only where fewer than 7 days remain of the limitation (法律援助法 art. 44(1))"),
    LIABILITY_NOT_AS_GROUND("the liability recorded is the one its ground gives (e.g. 条例 art. 18: pays first; 劳动合同法 art. 92 ¶2: jointly)"),
    DUPLICATE_PAYMENT("a payment id is used once per case"),
    UNKNOWN_PAYMENT("no such payment in this case"),
    REFUND_EXCEEDS_UNALLOCATED("only the unallocated rest of a payment can be refunded"),
    DISBURSEMENT_EXCEEDS_RECEIVED("a claimant cannot be paid out more than was received for them"),
    NOT_PAID_IN_FULL("PAID_IN_FULL needs every claimant fully received and disbursed, nothing unallocated (legal-basis §6.5 rule 7)"),
    UNDISBURSED_FUNDS("money received for claimants must be paid out or refunded before the case closes"),
    CLOSE_REASON_NOT_ALLOWED("REFUSED is recorded with RefuseLegalAid, not CloseCase"),
    // negotiation
    DUPLICATE_PROMISE("a promise id is used once per case"),
    UNKNOWN_PROMISE("no such payment promise in this case"),
    PROMISE_DATE_NOT_AFTER_MADE("a promised pay date lies after the day of the promise"),
    PROMISE_ALREADY_KEPT("the promise was kept"),
    DEADLINE_NOT_PASSED("the deadline has not passed yet"),
    // supervision
    DUPLICATE_LETTER("a letter id is used once per case"),
    UNKNOWN_LETTER("no such supervision letter in this case"),
    LETTER_RECIPIENT_NOT_ALLOWED("a 建议书 goes to a government department; a 提示函 or 意见书 goes to an obligor or the public (浙江条例 arts. 21, 23)"),
    RECIPIENT_NOT_A_PARTY("a letter to an obligor names an obligor of this case, of the recipient kind stated"),
    RECOMMENDATION_NEEDS_COUNTY_UNION("a 建议书 is issued by a union at county level or above (浙江条例 art. 23)"),
    LETTER_ALREADY_ANSWERED("the letter was already answered"),
    LETTER_HAS_NO_REPLY_DUE("the letter has no reply due date, so it cannot go overdue"),
    JOINT_MECHANISM_ALREADY_ACTIVE("the joint mechanism is already active for this case"),
    REFERRAL_NEEDS_COUNTY_UNION("leads go to the procuratorate from a union at county level or above (最高检+全总 2024 通知)"),
    // litigation
    /** no longer raised: recorded with the warning ARBITRATION_LIMITATION_PASSED. */
    @Deprecated
    ARBITRATION_TIME_BARRED("arbitration is applied for within one year of the end of employment (劳动争议调解仲裁法 art. 27)"),
    NO_ARBITRATION_APPLICATION("arbitration must be applied for first"),
    NO_AWARD("there is no arbitral award to act on"),
    DUPLICATE_AWARD("an award number is recorded once per case"),
    DIRECT_SUIT_BASIS_REQUIRED("a suit without prior arbitration states its basis: wage IOU, mediation agreement after a failed payment order, or labour service (劳动争议解释(一) arts. 13, 15)"),
    /** no longer raised: recorded with the warning SUIT_AFTER_AWARD_PERIOD_PASSED. */
    @Deprecated
    SUIT_AFTER_AWARD_TOO_LATE("a suit against an award is filed within 15 days of receiving it (劳动争议调解仲裁法 arts. 48, 50)"),
    /** no longer raised: a payment order may rest on any wage arrears (劳动合同法 art. 30 ¶2). */
    @Deprecated
    PAYMENT_ORDER_NEEDS_BROKEN_AGREEMENT("a payment order rests on a wage mediation agreement that was broken (劳动争议调解仲裁法 art. 16)"),
    NO_PAYMENT_ORDER("there is no payment order application"),
    NO_LAWSUIT("there is no lawsuit"),
    NO_JUDGMENT("there is no first-instance judgment to appeal"),
    /** no longer raised: recorded with the warning APPEAL_PERIOD_PASSED. */
    @Deprecated
    APPEAL_TOO_LATE("an appeal is filed within 15 days of service of the judgment (民事诉讼法 art. 171)"),
    INSTRUMENT_KIND_NOT_ALLOWED("that instrument does not arise in this stage"),
    PERFORMANCE_DUE_BEFORE_EFFECTIVE("the performance deadline cannot precede the instrument's effect"),
    // enforcement
    NO_EFFECTIVE_INSTRUMENT("enforcement needs an effective enforceable instrument (民事诉讼法 art. 247)"),
    INSTRUMENT_NOT_YET_DUE("enforcement is applied for once the performance deadline has passed"),
    /** no longer raised: recorded with the warning ENFORCEMENT_LIMITATION_PASSED. */
    @Deprecated
    ENFORCEMENT_TIME_BARRED("enforcement is applied for within two years of the performance deadline (民事诉讼法 art. 250)"),
    ENFORCEMENT_NOT_ACTIVE("measures need an active enforcement round; resume it first"),
    LIABILITY_CAP_REQUIRED("this addition ground limits liability: state the cap (变更追加规定 arts. 17-19, 22-25)"),
    LIABILITY_CAP_NOT_APPLICABLE("this addition ground makes the debtor liable without a cap"),
    /** no longer raised: recorded with the warning FREEZE_PERIOD_TOO_LONG. */
    @Deprecated
    FREEZE_PERIOD_TOO_LONG("a freeze lasts at most 1 year for deposits, 2 for movables, 3 for real estate (民事诉讼法解释 art. 485)"),
    /** no longer raised: the account is frozen for its project's migrant workers' wages (条例 art. 33). */
    @Deprecated
    WAGE_ACCOUNT_NOT_FREEZABLE("a migrant-worker wage account cannot be frozen for other debts (保障农民工工资支付条例 art. 32)"),
    DUPLICATE_FREEZE("a freeze id is used once per case"),
    DISHONEST_PERIOD_INVALID("a dishonest listing has no fixed term (ground 1) or lasts 1 to 5 years: no ground allows more (失信被执行人名单规定 art. 2); a term that does not fit its ground is recorded with a warning"),
    /** no longer raised: recorded with the warning DISHONEST_LISTING_WHILE_COVERED. */
    @Deprecated
    DISHONEST_LISTING_BARRED("no dishonest listing while frozen property already covers the debt (失信被执行人名单规定 art. 3)"),
    /** no longer raised: recorded with the warning ROUND_TERMINATED_WITHIN_THREE_MONTHS. */
    @Deprecated
    ROUND_TERMINATION_TOO_EARLY("终本 needs at least 3 months since enforcement was filed (终本规定 art. 1)"),
    /** no longer raised: recorded with the warning ROUND_TERMINATED_WITHOUT_RESTRICTION. */
    @Deprecated
    ROUND_TERMINATION_NEEDS_RESTRICTION("终本 needs a 限制消费令 issued first (终本规定 art. 1)"),
    /** no longer raised: recorded with the warning ROUND_TERMINATED_WITHOUT_SEARCH. */
    @Deprecated
    ROUND_TERMINATION_NEEDS_SEARCH("终本 needs the asset search done first (终本规定 art. 1)"),
    DUPLICATE_INSTRUMENT("an instrument's document number is recorded once per case"),
    UNKNOWN_FREEZE("no such freeze in this case"),
    FREEZE_EXPIRY_NOT_AFTER_FREEZE("a freeze ends after the day it is ordered or renewed"),
    FREEZE_NOT_IN_FORCE("the freeze was lifted"),
    NOTHING_TO_RESUME("enforcement resumes only after a settlement or a terminated round"),
    // limitation
    NO_LIMITATION_RUNNING("that limitation is not running in this case (employment continues, the claim was brought, or there is no instrument yet)"),
    LIMITATION_ALREADY_SUSPENDED("that limitation is already suspended"),
    LIMITATION_NOT_SUSPENDED("that limitation is not suspended"),
    LIMITATION_ALREADY_RAN("the limitation had run out for everyone it names: only the obligor's agreement to pay restarts it (民法典 art. 192)"),
    // closing
    CASE_NOT_CLOSED("only a closed case can be reopened"),
    // several obligors, payers who are not parties (保障农民工工资支付条例)
    LIABILITY_CAP_WITHOUT_CAPPED_LIABILITY("only a capped liability has a cap (e.g. the 建设单位's unsettled project funds, 保障农民工工资支付条例 art. 29 ¶2)"),
    LIABILITY_CAP_BELOW_PAID("a liability cap cannot fall below what the obligor already paid"),
    AUTHORITY_PAYER_NAME_REQUIRED("a payment from the wage deposit or the emergency fund names the authority that paid it (保障农民工工资支付条例 arts. 32, 63)"),
    EMERGENCY_FUND_NAMES_NO_OBLIGOR("the emergency wage fund is the local government's money, not a party's (保障农民工工资支付条例 art. 63): name no obligor as payer"),
    WAGE_DEPOSIT_NEEDS_CONTRACTOR("the wage deposit is the general contractor's (保障农民工工资支付条例 art. 32): the payer named is the general contractor"),
    // shortcuts: 司法确认, payment order, the commission's refusal or silence
    DIRECT_SUIT_AGREEMENT_NOT_OF_ARTICLE_51("a worker sues directly only on a wages-only agreement made before a mediation body of 劳动争议调解仲裁法 art. 10 (解释(一) art. 51 ¶2)"),
    WORK_ORDER_NOT_HELD("a body acts on a work order only while it holds it: it received it, or signed for it when it was dispatched to it"),
    WORK_ORDER_AWAITING_SIGNING("the work order waits for the body it was dispatched to: it signs for it or sends it back first"),
    WORK_ORDER_NOT_AWAITING_SIGNING("only the body a work order was dispatched to signs for it or sends it back, once"),
    WORK_ORDER_DISPATCHED_TO_ITSELF("a work order is dispatched to another body"),
    NO_INSPECTION_FILED("an extension, a decision or an application to enforce follows the inspectorate's 立案 on the record"),
    TARGETED_SUPERVISION_ONE_EMPLOYER("定点监督 concerns one employer; a notice to several is 公开提示"),
    NOT_A_WAGE_CASE("a supervision matter has no wage claim: it takes letters, their replies, referrals, the joint mechanism, closing and reopening"),
    CLOSE_REASON_NOT_FOR_THIS_CASE("a supervision matter closes rectified, withdrawn or referred out; a wage case never closes as rectified"),
    WORK_ORDER_NOTHING_DUE("nothing is pending under that time limit of the work order: it was done, or never started"),
    WORK_ORDER_NOT_RECEIVER("the body that took a work order in (the hotline platform) calls the worker back, checks, closes and reopens it"),
    WORK_ORDER_NOT_DOWNWARD("a work order goes down the levels (分级主办): it is dispatched to a body below the one that holds it"),
    WORK_ORDER_NOT_TRANSFERRED("a department answers only a work order transferred to it"),
    WORK_ORDER_NOT_REPLIED("a work order is called back and closed after the worker was answered"),
    WORK_ORDER_CLOSED("a closed work order takes only a reopening"),
    WORK_ORDER_NOT_CLOSED("only a closed work order is reopened"),
    CREDIT_CODE_INVALID("a 统一社会信用代码 has 18 characters, the last the check character of the first 17 (GB 32100-2015)"),
    MEDIATOR_REQUIRED("an application for mediation names the mediation body it goes to"),
    NOT_A_MEDIATION_AGREEMENT("司法确认 confirms a mediation agreement, not a promise made alone (民事诉讼法 art. 205)"),
    JUDICIAL_CONFIRMATION_ALREADY_APPLIED("the court is already asked to confirm an agreement of this case"),
    NO_JUDICIAL_CONFIRMATION("no application for 司法确认 awaits the court's ruling"),
    DIRECT_SUIT_NEEDS_BROKEN_AGREEMENT("a suit on a mediation agreement needs a wage mediation agreement the employer broke (劳动争议解释(一) art. 51 ¶2)"),
    PAYMENT_ORDER_FAILED_ARBITRATE_FIRST("after a failed payment order the worker applies for arbitration first, unless the order rested on a broken mediation agreement (劳动争议解释(一) art. 13)"),
    ARBITRATION_ALREADY_DECIDED("the commission already accepted or refused the application"),
    NO_ARBITRATION_ACCEPTED("the commission has not accepted the application"),
    AWARD_ALREADY_RECEIVED("the award was already received"),
    EXTENSION_NOT_LATER("an extension moves the last day later"),
    PAYMENT_ORDER_ALREADY_ISSUED("the payment order was already recorded"),
    PAYMENT_ORDER_LAPSED("the payment order ended on the debtor's objection (民事诉讼法 art. 228)"),
    // the award: final items, setting aside (劳动争议调解仲裁法 arts. 47-49)
    SET_ASIDE_ALREADY_PENDING("an application to set the award aside already awaits the court's ruling"),
    NO_SET_ASIDE_APPLICATION("no application to set the award aside awaits a ruling"),
    AWARD_SET_ASIDE("the award was set aside by the court (劳动争议调解仲裁法 art. 49): it cannot take effect"),
    // late interest (民事诉讼法 art. 264)
    LATE_INTEREST_ASOF_NOT_LATER("late interest is assessed as of a day later than the last assessment"),
    NO_LATE_INTEREST("no debt of the effective instrument was unpaid after its performance period: there is no late interest"),
    // the labour administration and the police (刑法 art. 276-1)
    PAY_BY_NOT_AFTER_ORDER("an order to pay gives a day after the day it is made"),
    NO_POLICE_REFERRAL("the police decide on a referral: none was recorded for this obligor"),
    // each worker's own track
    AWARD_CHALLENGED_BY_CLAIMANT("the award takes effect only for the workers who did not sue it (劳动争议解释(一) art. 17)"),
    INSTRUMENT_ALREADY_ENFORCED("enforcement was already applied for on this instrument; name another group's instrument"),
    // the contact log
    MINUTES_OUT_OF_RANGE("the time a contact took is 0 to 1440 minutes");

    private final String rule;

    RuleCode(String rule) {
        this.rule = rule;
    }

    /** The rule in words. */
    public String rule() {
        return rule;
    }
}
