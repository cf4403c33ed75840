package org.caseledger.api.people;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.people.ArrearsByIndustry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * 预警 (大数据精准识别欠薪高发领域): the employers with two or more open cases and work orders, and the industries whose
 * new wage claims rose in each of the last three months, over the bodies the reader may read. Both are read whole (the
 * employers with open matters, the industries' months), so an answer is kept a minute per reader's reach.
 */
@Component
public class EarlyWarning {

    /** What the dashboard warns of. */
    public record Warnings(List<People.EmployerHit> employers, List<ArrearsByIndustry.Rising> industries) {
    }

    static final int MONTHS = 3;

    private final People people;
    private final ReadModels readModels;
    private final Clock clock;
    private final Cache<String, Warnings> answers = Caffeine.newBuilder().maximumSize(500).expireAfterWrite(Duration.ofMinutes(1)).build();

    public EarlyWarning(People people, ReadModels readModels, Clock clock) {
        this.people = people;
        this.readModels = readModels;
        this.clock = clock;
    }

    public Warnings of(CaseledgerUser user) {
        String reach = user.readsOnlyOwnBodies() ? new java.util.TreeSet<>(user.readableBodies()).toString() : "*";
        return answers.get(reach + "|" + readModels.activeGeneration(), k -> new Warnings(people.withSeveralOpen(user, 2),
                readModels.active().arrearsByIndustry().rising(YearMonth.now(clock), MONTHS, user::maySee)));
    }
}
