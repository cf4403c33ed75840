package org.caseledger.api.i18n;

import org.springframework.stereotype.Component;

/** Amounts for people: fen shown as yuan with two decimals and thousands separators (¥19,870.00), exactly. */
@Component("yuan")
public class Yuan {

    public String of(Long fen) {
        if (fen == null) {
            return "";
        }
        long abs = Math.abs(fen);
        String yuan = String.format("%,d.%02d", abs / 100, abs % 100);
        return fen < 0 ? "-" + yuan : yuan;
    }

    public String plain(Long fen) {
        if (fen == null) {
            return "";
        }
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + String.format("%02d", Math.abs(fen) % 100);
    }
}
