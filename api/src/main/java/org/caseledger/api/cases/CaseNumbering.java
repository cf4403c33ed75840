package org.caseledger.api.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.caseledger.projections.ReadModels;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 案号 as the pages show it (大武口-2026-0007), read from the projection's numbers and kept: a number once given never
 * changes within a generation of the read models (a rebuild gives the same one), so it is cached by generation and id.
 */
@Component
public class CaseNumbering {

    private final ReadModels readModels;
    private final Cache<String, String> known = Caffeine.newBuilder().maximumSize(100_000).build();

    public CaseNumbering(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** The case's number, or empty until the projection has seen its filing. */
    public Optional<String> of(String caseId, String unionBody, LocalDate filedOn) {
        ReadModels.Generation g = readModels.active();
        String key = g.number() + "|" + caseId;
        String cached = known.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> number = g.caseNumbers().numberOf(unionBody, filedOn, caseId);
        number.ifPresent(n -> known.put(key, n));
        return number;
    }

    /** The number, or the stored id where there is none yet. */
    public String label(String caseId, String unionBody, LocalDate filedOn) {
        return of(caseId, unionBody, filedOn).orElse(caseId);
    }
}
