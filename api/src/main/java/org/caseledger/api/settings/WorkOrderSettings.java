package org.caseledger.api.settings;

import org.caseledger.core.workorder.WorkOrderGrade;
import org.caseledger.core.workorder.WorkOrderTimeLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The work orders' time limits in working days ({@code caseledger.work-orders}): {@code signing-days} (签收),
 * {@code handling-days} by grade ({@code ORDINARY}, {@code DIFFICULT}, {@code ESPECIALLY_COMPLEX}) and {@code callback-days}
 * (回访). What is not set keeps this project's default ({@link WorkOrderTimeLimits#defaults()}); a limit under one
 * working day stops the start.
 */
@ConfigurationProperties(prefix = "caseledger.work-orders")
public record WorkOrderSettings(Integer signingDays, Map<String, Integer> handlingDays, Integer callbackDays) {

    public WorkOrderTimeLimits timeLimits() {
        WorkOrderTimeLimits d = WorkOrderTimeLimits.defaults();
        Map<WorkOrderGrade, Integer> handling = new EnumMap<>(d.handlingDays());
        if (handlingDays != null) {
            handlingDays.forEach((grade, days) -> {
                try {
                    handling.put(WorkOrderGrade.valueOf(grade.toUpperCase(Locale.ROOT).replace('-', '_')), days);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("caseledger.work-orders.handling-days: no grade " + grade
                            + " (ORDINARY, DIFFICULT, ESPECIALLY_COMPLEX)", e);
                }
            });
        }
        try {
            return new WorkOrderTimeLimits(signingDays == null ? d.signingDays() : signingDays, handling,
                    callbackDays == null ? d.callbackDays() : callbackDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("caseledger.work-orders: " + e.getMessage(), e);
        }
    }
}
