package org.caseledger.projections.workorders;

import java.util.Map;
import java.util.SortedMap;

/**
 * The hotline dashboard's figures over the orders of some bodies and months — counts only, nobody named.
 * 按期办结率 = orders closed whose reply came by the handling day ÷ orders closed; 满意度 = callbacks rated 满意 or
 * 基本满意 ÷ callbacks; rates in per-mille (integers, never floating point), null when there is nothing to divide by.
 *
 * @param medianDaysToClose the median of the calendar days from receipt to closing, over the closed orders (the lower
 *                          middle when their number is even)
 */
public record HotlineFigures(long received, long closed, long closedOnTime, Integer onTimePerMille, long calledBack, long satisfied,
                             Integer satisfactionPerMille, long converted, Integer medianDaysToClose,
                             Map<String, Long> byChannel, Map<String, Long> byCategory, Map<String, Long> byGrade, Map<String, Long> byBody,
                             SortedMap<String, Month> byMonth) {

    /** One month's orders (by the month they were received). */
    public record Month(long received, long closed, long closedOnTime, long calledBack, long satisfied, long converted) {
    }
}
