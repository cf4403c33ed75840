package org.caseledger.projections;

import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.projections.numbers.CaseNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 案号: cases numbered one after the other per union body and year of filing, the same on a rebuild and on a repeat. */
class CaseNumbersTest {

    final ProjectionHarness h = new ProjectionHarness();

    @AfterEach
    void close() {
        h.close();
    }

    static final UnionBody DAWUKOU = new UnionBody("大武口区总工会", UnionLevel.COUNTY, RegionCode.of("640202"));
    static final UnionBody LUDIAN = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));

    static Object filed(String caseId, UnionBody body, LocalDate on) {
        return new WageClaimFiled(CaseId.of(caseId), body, "建筑", org.caseledger.core.intake.Channel.WALK_IN, null,
                List.of(new NewClaimant(ClaimantId.of("W1"), new PersonalData("工人", null, null), Money.ofYuan("100"))),
                List.of(new Obligor(ObligorId.of("O1"), "某公司", ObligorRole.EMPLOYER)), true, on.minusDays(3), on.plusYears(1), on);
    }

    @Test
    void cases_are_numbered_in_order_per_body_and_year_and_a_rebuild_numbers_them_the_same() {
        List<Object> events = List.of(
                filed("DWK-a", DAWUKOU, LocalDate.of(2025, 12, 30)),
                filed("DWK-b", DAWUKOU, LocalDate.of(2026, 1, 5)),
                filed("LD-c", LUDIAN, LocalDate.of(2026, 1, 6)),
                filed("DWK-d", DAWUKOU, LocalDate.of(2026, 2, 1)));
        var stamped = h.stamp(events);
        h.project(h.projector(1), stamped);
        CaseNumbers numbers = h.readModels.generation(1).caseNumbers();
        assertThat(numbers.numberOf("大武口区总工会", LocalDate.of(2025, 12, 30), "DWK-a")).contains("大武口-2025-0001");
        assertThat(numbers.numberOf("大武口区总工会", LocalDate.of(2026, 1, 5), "DWK-b")).contains("大武口-2026-0001");
        assertThat(numbers.numberOf("鲁甸县总工会", LocalDate.of(2026, 1, 6), "LD-c")).contains("鲁甸-2026-0001");
        assertThat(numbers.numberOf("大武口区总工会", LocalDate.of(2026, 2, 1), "DWK-d")).contains("大武口-2026-0002");

        // the same events delivered again: nothing numbered twice; a rebuild in generation 2: the same numbers
        h.project(h.projector(1), stamped);
        assertThat(numbers.numberOf("大武口区总工会", LocalDate.of(2026, 2, 1), "DWK-d")).contains("大武口-2026-0002");
        h.project(h.projector(2), stamped);
        assertThat(h.readModels.generation(2).caseNumbers().numberOf("大武口区总工会", LocalDate.of(2026, 2, 1), "DWK-d"))
                .contains("大武口-2026-0002");
        assertThat(h.everything(2).entrySet().stream().filter(e -> e.getKey().startsWith("numbers/")).toList())
                .isEqualTo(h.everything(1).entrySet().stream().filter(e -> e.getKey().startsWith("numbers/")).toList());
    }

    @Test
    void a_body_is_named_after_its_place() {
        assertThat(CaseNumbers.format("甘肃省总工会", 2026, 12)).isEqualTo("甘肃-2026-0012");
        assertThat(CaseNumbers.format("平凉市总工会", 2026, 1)).isEqualTo("平凉-2026-0001");
        assertThat(CaseNumbers.format("某行业工会", 2026, 1)).isEqualTo("某行业工会-2026-0001");
    }
    /** Two segments' batches numbering cases of one body at the same time: every case a number of its own, none skipped. */
    @Test
    void two_batches_at_once_never_give_one_number_twice() throws Exception {
        CaseNumbers numbers = h.readModels.generation(1).caseNumbers();
        int perThread = 200;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (String segment : List.of("a", "b")) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i += 4) {
                    var batch = h.readModels.generation(1).caseNumbers().batch();
                    for (int k = i; k < i + 4; k++) {
                        org.caseledger.projections.timeline.CaseTimeline t = new org.caseledger.projections.timeline.CaseTimeline();
                        t.unionBody = "大武口区总工会";
                        t.filedOn = LocalDate.of(2026, 3, 1);
                        batch.change(segment + "-" + k, null, t);
                    }
                    batch.write();
                }
                return null;
            }));
        }
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        java.util.Set<String> given = new java.util.TreeSet<>();
        for (String segment : List.of("a", "b")) {
            for (int k = 0; k < perThread; k++) {
                given.add(numbers.numberOf("大武口区总工会", LocalDate.of(2026, 3, 1), segment + "-" + k).orElseThrow());
            }
        }
        assertThat(given).hasSize(2 * perThread).first().isEqualTo("大武口-2026-0001");
        assertThat(given).last().isEqualTo(CaseNumbers.format("大武口区总工会", 2026, 2 * perThread));
    }
}
