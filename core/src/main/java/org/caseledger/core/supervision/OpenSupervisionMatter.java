package org.caseledger.core.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * 立项: a labour-law supervision matter with no wage claim behind it (一函两书 on any matter: unequal hiring of women,
 * overtime, 高温补贴, contracts, social insurance — 最高检+全总 2024 通知), opened by a union body about one employer
 * (定点监督) or many at once (公开提示). It takes the case's letters, replies, referrals and joint mechanism, and closes
 * when rectified. {@code workOrderNo}: the work order it came from, if any.
 */
public record OpenSupervisionMatter(
        @TargetAggregateIdentifier CaseId caseId,
        UnionBody unionBody,
        SupervisionMode mode,
        LetterSubject subject,
        List<ConcernedEmployer> employers,
        String facts,
        String workOrderNo,
        LocalDate occurredOn) {

    public OpenSupervisionMatter {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unionBody, "unionBody");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(subject, "subject");
        employers = List.copyOf(Objects.requireNonNull(employers, "employers"));
        Objects.requireNonNull(facts, "facts");
        CaseRuleViolation.requireText(facts, "facts");
        Objects.requireNonNull(occurredOn, "occurredOn");
        CaseRuleViolation.require(!employers.isEmpty(), RuleCode.NO_OBLIGORS, "employers", "name the employer the matter concerns");
        // 定点监督 watches one employer; a notice to many is 公开提示
        CaseRuleViolation.require(mode != SupervisionMode.TARGETED || employers.size() == 1, RuleCode.TARGETED_SUPERVISION_ONE_EMPLOYER,
                "employers", employers.size() + " employers");
        CaseRuleViolation.require(new HashSet<>(employers.stream().map(ConcernedEmployer::obligorId).toList()).size() == employers.size(),
                RuleCode.DUPLICATE_OBLIGOR, "employers", null);
    }
}
