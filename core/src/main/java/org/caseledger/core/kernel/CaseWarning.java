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
    REPLY_LATE
}
