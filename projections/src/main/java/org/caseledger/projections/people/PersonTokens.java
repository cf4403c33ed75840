package org.caseledger.projections.people;

import java.util.List;

/**
 * The blind tokens by which a person is found again (a keyed hash of the normalised ID-card number, phone and name,
 * each prefixed with its kind: {@code id:…}, {@code phone:…}, {@code name:…}): the index holds these, never the data.
 * The key lives with the service's configuration, not here: without it a copy of the index names no one.
 */
public interface PersonTokens {

    /** No tokens: an index that finds no one (a node without keys, the benchmarks). */
    PersonTokens NONE = new PersonTokens() {
        @Override
        public List<String> of(String name, String idCardNumber, String phone) {
            return List.of();
        }

        @Override
        public List<String> query(String text) {
            return List.of();
        }
    };

    /** A person's tokens; none for data that reads erased or unreadable. */
    List<String> of(String name, String idCardNumber, String phone);

    /** The tokens a search text may match: an ID-card number's, a phone's, or a name's. */
    List<String> query(String text);
}
