package org.caseledger.core.deadline;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * A step of the case that interrupts a running limitation restarts it (劳动争议调解仲裁法 art. 27 ¶2; 民事诉讼法 art. 250
 * with 民法典 art. 195), as an event of its own that the step's handler appends after its own.
 */
public interface LimitationRestarts {

    /**
     * The restart this step causes, if a limitation is running: for the claimants in {@code scope} (empty: all), with a
     * note saying which step it was.
     */
    Optional<WageCaseEvent> interruptionBy(InterruptionCause cause, Collection<ClaimantId> scope, String note, LocalDate on);
}
