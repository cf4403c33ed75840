package org.caseledger.api.web;

import org.caseledger.projections.workorders.HotlineFigures;

/** The hotline dashboard as CSV (UTF-8 with a BOM, so a spreadsheet opens the Chinese right): one line a month, then the totals. */
public final class HotlineCsv {

    private HotlineCsv() {
    }

    public static String of(HotlineFigures f) {
        StringBuilder csv = new StringBuilder("\uFEFFmonth,received,closed,closed_on_time,on_time_rate,called_back,satisfied,satisfaction_rate,converted\r\n");
        f.byMonth().forEach((month, m) -> csv.append(month).append(',').append(m.received()).append(',').append(m.closed()).append(',')
                .append(m.closedOnTime()).append(',').append(rate(m.closedOnTime(), m.closed())).append(',').append(m.calledBack()).append(',')
                .append(m.satisfied()).append(',').append(rate(m.satisfied(), m.calledBack())).append(',').append(m.converted()).append("\r\n"));
        csv.append("total,").append(f.received()).append(',').append(f.closed()).append(',').append(f.closedOnTime()).append(',')
                .append(rate(f.closedOnTime(), f.closed())).append(',').append(f.calledBack()).append(',').append(f.satisfied()).append(',')
                .append(rate(f.satisfied(), f.calledBack())).append(',').append(f.converted()).append("\r\n");
        return csv.toString();
    }

    /** A rate as a percentage with one decimal, computed in integers; empty when nothing to divide by. */
    static String rate(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        long tenths = (part * 2000 + whole) / (2 * whole); // per-mille, rounded half up
        return tenths / 10 + "." + tenths % 10 + "%";
    }
}
