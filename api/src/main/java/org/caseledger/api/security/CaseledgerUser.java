package org.caseledger.api.security;

import java.util.Set;

/**
 * Who is calling: the user name, the roles (OFFICER, AUDITOR, DASHBOARD, ADMIN) and, for an officer, the union
 * body he works for and the bodies whose cases he may read (his own and every body below it).
 */
public record CaseledgerUser(String username, Set<String> roles, String unionBody, Set<String> readableBodies) {

    public CaseledgerUser {
        readableBodies = readableBodies == null ? Set.of() : Set.copyOf(readableBodies);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Auditors and admins read every case; an officer those of his body and of the bodies below it. */
    public boolean maySee(String caseUnionBody) {
        if (is("AUDITOR") || is("ADMIN")) {
            return true;
        }
        return is("OFFICER") && readableBodies.contains(caseUnionBody);
    }

    /** Only the officers of the body that filed a case advance it; a city union reads its counties' cases. */
    public boolean mayChange(String caseUnionBody) {
        return is("OFFICER") && unionBody != null && unionBody.equals(caseUnionBody);
    }

    /** An officer, but not also an auditor or admin: his reads are limited to his bodies. */
    public boolean readsOnlyOwnBodies() {
        return is("OFFICER") && !is("ADMIN") && !is("AUDITOR");
    }
}
