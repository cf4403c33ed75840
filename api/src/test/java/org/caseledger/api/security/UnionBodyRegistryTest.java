package org.caseledger.api.security;

import org.caseledger.core.kernel.UnionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry of union bodies: who reads whose cases, and the configurations that refuse to start. */
class UnionBodyRegistryTest {

    static UnionBodyRegistry.Entry body(String code, String name, UnionLevel level, String region, String parent) {
        return new UnionBodyRegistry.Entry(code, name, level, region, parent);
    }

    @Test
    void a_body_reads_itself_and_every_body_below_it_but_not_its_siblings_or_parents() {
        UnionBodyRegistry registry = new UnionBodyRegistry(List.of(
                body("YN", "云南省总工会", UnionLevel.PROVINCIAL, "530000", null),
                body("ZT", "昭通市总工会", UnionLevel.CITY, "530600", "YN"),
                body("LD", "鲁甸县总工会", UnionLevel.COUNTY, "530621", "ZT"),
                body("ZY", "昭阳区总工会", UnionLevel.COUNTY, "530602", "ZT")));
        assertThat(registry.selfAndBelow("云南省总工会")).containsExactlyInAnyOrder("云南省总工会", "昭通市总工会", "鲁甸县总工会", "昭阳区总工会");
        assertThat(registry.selfAndBelow("昭通市总工会")).containsExactlyInAnyOrder("昭通市总工会", "鲁甸县总工会", "昭阳区总工会");
        assertThat(registry.selfAndBelow("鲁甸县总工会")).containsExactly("鲁甸县总工会");
        assertThat(registry.selfAndBelow("某县总工会")).isEmpty();
        assertThat(registry.find("LD")).isEqualTo(registry.find("鲁甸县总工会"));
    }

    @Test
    void a_configuration_with_a_cycle_an_unknown_parent_a_duplicate_or_a_bad_code_refuses_to_start() {
        assertThatThrownBy(() -> new UnionBodyRegistry(List.of(
                body("AA", "甲", UnionLevel.CITY, "530600", "BB"), body("BB", "乙", UnionLevel.COUNTY, "530621", "AA"))))
                .hasMessageContaining("circle");
        assertThatThrownBy(() -> new UnionBodyRegistry(List.of(body("AA", "甲", UnionLevel.CITY, "530600", "ZZ"))))
                .hasMessageContaining("not configured");
        assertThatThrownBy(() -> new UnionBodyRegistry(List.of(
                body("AA", "甲", UnionLevel.CITY, "530600", null), body("AB", "甲", UnionLevel.CITY, "530600", null))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new UnionBodyRegistry(List.of(body("a-1", "甲", UnionLevel.CITY, "530600", null))))
                .hasMessageContaining("code");
        assertThatThrownBy(() -> new UnionBodyRegistry(List.of(body("AA", "甲", UnionLevel.CITY, "5306", null))))
                .hasMessageContaining("region");
    }
}
