package org.caseledger.core.workorder;

import java.util.Map;

/**
 * The time limits of a work order, in working days: to sign for an order dispatched (签收), to handle it by grade (办理),
 * to call the worker back after the reply (回访). Configurable per deployment; the defaults are this project's reading
 * of provincial 12351 rules (signing within 1 working day; 一般 5, 难点 10, 特别复杂 15 working days; callback within
 * 3 working days), not a national figure — the national rules leave them to the provinces.
 */
public record WorkOrderTimeLimits(int signingDays, Map<WorkOrderGrade, Integer> handlingDays, int callbackDays) {

    public WorkOrderTimeLimits {
        handlingDays = Map.copyOf(handlingDays);
        for (WorkOrderGrade g : WorkOrderGrade.values()) {
            if (!handlingDays.containsKey(g) || handlingDays.get(g) < 1) {
                throw new IllegalArgumentException("a handling time limit of at least 1 working day for " + g);
            }
        }
        if (signingDays < 1 || callbackDays < 1) {
            throw new IllegalArgumentException("time limits are at least 1 working day");
        }
    }

    public static WorkOrderTimeLimits defaults() {
        return new WorkOrderTimeLimits(1, Map.of(WorkOrderGrade.ORDINARY, 5, WorkOrderGrade.DIFFICULT, 10,
                WorkOrderGrade.ESPECIALLY_COMPLEX, 15), 3);
    }
}
