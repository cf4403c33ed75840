package org.caseledger.api.personal;

import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.security.CaseAccess;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.web.CommandAccepted;
import org.caseledger.api.web.CorrelationIdFilter;
import org.caseledger.core.intake.EraseClaimantPersonalData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;


/**
 * 删除个人信息: an admin erases a claimant's personal data (个人信息保护法 art. 47). The erasure is recorded first (an event
 * with the claimant's id and the reason, no personal data), then the person's key is destroyed and the store purged
 * ({@link Erasures}); from then on the person reads as 已删除 in every read, replay, rebuild and page, while the amounts
 * and the hash chain stay intact.
 */
@RestController
public class ErasureController {

    static final int MAX_REASON = 2000;

    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final Erasures erasures;

    private final org.caseledger.api.cases.WorkOrderHistory history;

    public ErasureController(CurrentUser currentUser, CaseAccess access, Erasures erasures, org.caseledger.api.cases.WorkOrderHistory history) {
        this.history = history;
        this.currentUser = currentUser;
        this.access = access;
        this.erasures = erasures;
    }

    /** Body: {@code {"reason": "…"}}. Answers the case's version after the erasure. */
    @PostMapping(path = "/api/cases/{caseId}/claimants/{claimantId}/erasure", consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    public CommandAccepted erase(@PathVariable String caseId, @PathVariable String claimantId, @RequestBody ErasureRequest body,
                                 HttpServletRequest request) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        if (body == null || body.reason() == null || body.reason().isBlank() || body.reason().length() > MAX_REASON) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "reason",
                    "the body is {\"reason\": \"…\"}: why the personal data is erased, at most " + MAX_REASON + " characters");
        }
        long version = erasures.erase(caseId, claimantId, body.reason(), currentUser.get(), CorrelationIdFilter.of(request));
        return new CommandAccepted(caseId, version, EraseClaimantPersonalData.class.getSimpleName());
    }

    /** The worker's contact in a work order, the same way. */
    @PostMapping(path = "/api/work-orders/{workOrderId}/erasure", consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    public CommandAccepted eraseWorker(@PathVariable String workOrderId, @RequestBody ErasureRequest body, HttpServletRequest request) {
        history.path(workOrderId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "WORK_ORDER_NOT_FOUND", null, "no work order " + workOrderId));
        if (body == null || body.reason() == null || body.reason().isBlank() || body.reason().length() > MAX_REASON) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "reason",
                    "the body is {\"reason\": \"…\"}: why the personal data is erased, at most " + MAX_REASON + " characters");
        }
        long version = erasures.eraseWorker(workOrderId, body.reason(), currentUser.get(), CorrelationIdFilter.of(request));
        return new CommandAccepted(workOrderId, version, org.caseledger.core.workorder.EraseWorkerPersonalData.class.getSimpleName());
    }
}
