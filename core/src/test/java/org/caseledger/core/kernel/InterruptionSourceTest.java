package org.caseledger.core.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notes the engine has always written on an interruption read back as the step they name, so a page words them in
 * its reader's language; the officer's own words stay as written.
 */
class InterruptionSourceTest {

    @Test
    void notes_written_by_every_version_read_back_as_their_step_and_number() {
        assertThat(InterruptionSource.read("mediation agreement P1"))
                .isEqualTo(new InterruptionSource.Read(InterruptionSource.MEDIATION_AGREEMENT, "P1"));
        assertThat(InterruptionSource.read("REMINDER 鲁理（2025）1号"))
                .isEqualTo(new InterruptionSource.Read(InterruptionSource.LETTER_REMINDER, "鲁理（2025）1号"));
        assertThat(InterruptionSource.read("payment order"))
                .isEqualTo(new InterruptionSource.Read(InterruptionSource.PAYMENT_ORDER, ""));
        assertThat(InterruptionSource.read("payment PAY-7"))
                .isEqualTo(new InterruptionSource.Read(InterruptionSource.PAYMENT, "PAY-7"));
        assertThat(InterruptionSource.read("referral to PROCURATORATE"))
                .isEqualTo(new InterruptionSource.Read(InterruptionSource.REFERRAL_TO_PROCURATORATE, ""));
    }

    @Test
    void what_an_officer_wrote_is_no_step() {
        assertThat(InterruptionSource.read("工人向劳动监察大队投诉"))
                .isEqualTo(new InterruptionSource.Read(null, "工人向劳动监察大队投诉"));
    }

    @Test
    void each_step_reads_back_from_the_note_it_writes() {
        for (InterruptionSource s : InterruptionSource.values()) {
            assertThat(InterruptionSource.read(s.note("X-1")).source()).isEqualTo(s);
        }
    }
}
