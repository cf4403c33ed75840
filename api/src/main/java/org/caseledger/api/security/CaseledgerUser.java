package org.caseledger.api.security;

import java.util.Set;

/**
 * Who is calling: the user name, the roles (OFFICER, AUDITOR, DASHBOARD, ADMIN) and, for an officer, the union
 * body whose cases he may see and change.
 */
public record CaseledgerUser(String username, Set<String> roles, String unionBody) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Officers see only the cases of their own union body; auditors and admins see every case. */
    public boolean maySee(String caseUnionBody) {
        if (is("AUDITOR") || is("ADMIN")) {
            return true;
        }
        return is("OFFICER") && unionBody != null && unionBody.equals(caseUnionBody);
    }
}
