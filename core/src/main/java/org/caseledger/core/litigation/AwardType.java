package org.caseledger.core.litigation;

/**
 * The type an award states (裁决书载明的裁决类型): it governs (劳动争议解释(一) art. 18); only where the award states none
 * does the engine decide it by art. 47 item by item (解释(一) art. 19).
 */
public enum AwardType {
    /** 终局裁决 */
    FINAL,
    /** 非终局裁决 */
    NON_FINAL,
    /** The award does not say. */
    NOT_STATED
}
