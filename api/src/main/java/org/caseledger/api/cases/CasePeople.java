package org.caseledger.api.cases;

import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.ClaimantPersonalDataCorrected;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.eventstore.StoredStreams;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The claimants of a case as the officer knows them now: each one's personal data as filed or added, and as corrected
 * since (更正), read from the case's own events opened as the store opens them (an erased person reads 已删除).
 */
@Component
public class CasePeople {

    private final StoredStreams streams;

    public CasePeople(StoredStreams streams) {
        this.streams = streams;
    }

    /** Each claimant's personal data, by claimant id, in the order they joined. */
    public Map<String, PersonalData> of(String caseId) {
        Map<String, PersonalData> people = new LinkedHashMap<>();
        for (var m : streams.eventsFrom(caseId, 0)) {
            Object e = m.getPayload();
            if (e instanceof WageClaimFiled f) {
                for (NewClaimant c : f.claimants()) {
                    people.put(c.claimantId().value(), c.personalData());
                }
            } else if (e instanceof ClaimantAdded a) {
                people.put(a.claimant().claimantId().value(), a.claimant().personalData());
            } else if (e instanceof ClaimantPersonalDataCorrected c) {
                people.put(c.claimantId().value(), c.personalData());
            }
        }
        return people;
    }
}
