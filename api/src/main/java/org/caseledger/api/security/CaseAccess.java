package org.caseledger.api.security;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether the caller may see a case: its union body when he may, empty when the case does not exist or is another
 * body's (the two are never told apart). The API and the pages ask the same question here.
 */
@Component
public class CaseAccess {

    private final CaseOwnership ownership;
    private final CurrentUser currentUser;

    public CaseAccess(CaseOwnership ownership, CurrentUser currentUser) {
        this.ownership = ownership;
        this.currentUser = currentUser;
    }

    public Optional<String> visibleOwner(String caseId) {
        CaseledgerUser user = currentUser.get();
        return ownership.unionBodyOf(caseId).filter(user::maySee);
    }
}
