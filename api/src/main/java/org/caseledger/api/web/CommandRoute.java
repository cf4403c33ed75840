package org.caseledger.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command endpoint: {@code POST /api/cases/{caseId}/<path>}, where the path may carry one more id
 * ({@code supervision-letters/{letterId}/reply}); the JSON body plus the ids from the path make the command.
 */
public record CommandRoute(String path, Class<?> command, String summary) {

    /** The path's segments matched against a request's; returns the path variables, or empty if it does not match. */
    Optional<Map<String, String>> match(List<String> segments) {
        String[] mine = path.split("/");
        if (mine.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < mine.length; i++) {
            if (mine[i].startsWith("{")) {
                variables.put(mine[i].substring(1, mine[i].length() - 1), segments.get(i));
            } else if (!mine[i].equals(segments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    static List<String> segments(String rest) {
        List<String> out = new ArrayList<>();
        for (String s : rest.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
