package org.caseledger.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void yuan_with_two_decimals_become_whole_fen() {
        assertThat(Money.ofYuan("123036.49").fen()).isEqualTo(12_303_649L);
        assertThat(Money.ofYuan("84854").fen()).isEqualTo(8_485_400L);
        assertThat(Money.ofFen(12_303_649L)).hasToString("¥123036.49");
    }

    @Test
    void fractions_of_a_fen_are_refused() {
        assertThatThrownBy(() -> Money.ofYuan("0.001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_is_never_negative() {
        assertThatThrownBy(() -> Money.ofFen(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofFen(1).minus(Money.ofFen(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmetic_overflow_throws_instead_of_wrapping() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sums_are_exact() {
        assertThat(Money.sum(List.of(Money.ofYuan("0.10"), Money.ofYuan("0.20")))).isEqualTo(Money.ofYuan("0.30"));
    }
}
