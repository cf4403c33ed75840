package org.caseledger.core.supervision;

/** What a supervision letter is about; not only wages (最高检+全总 2024 通知). */
public enum LetterSubject {
    WAGES,
    OVERTIME,
    WORKING_HOURS,
    SOCIAL_INSURANCE,
    FEMALE_WORKERS,
    LABOUR_CONTRACT,
    SAFETY,
    DISPATCHED_WORKERS,
    UNLAWFUL_DISMISSAL,
    OTHER
}
