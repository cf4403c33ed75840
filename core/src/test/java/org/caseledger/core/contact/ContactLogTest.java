package org.caseledger.core.contact;

import org.caseledger.core.intake.ClaimantPersonalDataErased;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 联系记录 and 附件: a contact or a document about a worker of the case, or the case as a whole, recorded at any stage,
 * its words kept as the worker's personal data; never about a worker the case does not have or whose data was erased.
 */
class ContactLogTest extends WageCaseSpec {

    static final String SHA = "9f".repeat(32);

    @Test
    void a_call_with_a_worker_is_recorded_with_its_minutes() {
        fixture.given(filed())
                .when(new RecordContact(CASE, ContactKind.CALL, W1, " 电话告知仲裁开庭时间 ", 15, FILED.plusDays(1)))
                .expectEvents(new ContactRecorded(CASE, ContactKind.CALL, W1, new PersonalText("电话告知仲裁开庭时间"), 15, FILED.plusDays(1)));
    }

    @Test
    void a_note_on_the_case_as_a_whole_names_no_worker_and_a_closed_case_still_takes_one() {
        fixture.given(filed(), new CaseClosed(CASE, CloseReason.WITHDRAWN, null, CaseStage.INTAKE, List.of(), FILED.plusDays(2)))
                .when(new RecordContact(CASE, ContactKind.NOTE, null, "用人单位负责人来电表示愿意协商", 0, FILED.plusDays(3)))
                .expectEvents(new ContactRecorded(CASE, ContactKind.NOTE, null, new PersonalText("用人单位负责人来电表示愿意协商"), 0, FILED.plusDays(3)));
    }

    @Test
    void no_contact_about_a_worker_the_case_does_not_have_or_whose_data_was_erased() {
        fixture.given(filed())
                .when(new RecordContact(CASE, ContactKind.VISIT, ClaimantId.of("W9"), "走访", 30, FILED.plusDays(1)))
                .expectException(violation(RuleCode.UNKNOWN_CLAIMANT));
        createFixture();
        fixture.given(filed(), new ClaimantPersonalDataErased(CASE, W1, "本人申请", FILED.plusDays(1)))
                .when(new RecordContact(CASE, ContactKind.CALL, W1, "回访", 5, FILED.plusDays(2)))
                .expectNoEvents()
                .expectException(violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    void a_contact_takes_words_and_at_most_a_day() {
        refusedAsWritten(() -> new RecordContact(CASE, ContactKind.CALL, W1, " ", 5, FILED), RuleCode.REASON_REQUIRED);
        refusedAsWritten(() -> new RecordContact(CASE, ContactKind.CALL, W1, "通话", 1441, FILED), RuleCode.MINUTES_OUT_OF_RANGE);
        refusedAsWritten(() -> new RecordContact(CASE, ContactKind.CALL, W1, "通话", -1, FILED), RuleCode.MINUTES_OUT_OF_RANGE);
    }

    @Test
    void an_award_is_attached_to_the_case_with_its_hash_and_a_workers_iou_to_him() {
        fixture.given(filed())
                .when(new AttachDocument(CASE, "A-1", DocumentKind.AWARD, null, "仲裁裁决书", "application/pdf", 52_000, SHA, FILED.plusDays(40)))
                .expectEvents(new DocumentAttached(CASE, "A-1", DocumentKind.AWARD, null, new PersonalText("仲裁裁决书"), "application/pdf",
                        52_000, SHA, FILED.plusDays(40)));
        createFixture();
        fixture.given(filed(), new ClaimantPersonalDataErased(CASE, W1, "本人申请", FILED.plusDays(1)))
                .when(new AttachDocument(CASE, "A-2", DocumentKind.EVIDENCE, W1, "欠条照片", "image/jpeg", 800_000, SHA, FILED.plusDays(2)))
                .expectException(violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
        assertThatThrownBy(() -> new AttachDocument(CASE, "A-3", DocumentKind.PHOTO, W1, "照片", "image/png", 10, "not a hash", FILED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
