package org.caseledger.core.supervision;

import org.caseledger.core.deadline.WorkingDayCalendar;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.supervision.LetterType;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a recipient has to answer a supervision letter, per jurisdiction. The law is local: 浙江 and most
 * provinces give 15 working days for a 意见书 and 5 working days for a department to open a case on a
 * 建议书; 南昌 allows 60 days. A 提示函 has no statutory window (the obligor's promise becomes the timer).
 * Overrides are keyed by a region-code prefix (2 digits = province, 4 = city, 6 = county); the longest
 * matching prefix wins.
 */
public final class ReplyWindows {

    /** A window: so many working days, or so many calendar days. */
    public record Window(int length, boolean workingDays) {
        public Window {
            if (length <= 0) {
                throw new IllegalArgumentException("a reply window is at least one day");
            }
        }

        public static Window workingDays(int n) {
            return new Window(n, true);
        }

        public static Window calendarDays(int n) {
            return new Window(n, false);
        }

        LocalDate dueFrom(LocalDate served, WorkingDayCalendar calendar) {
            return workingDays ? calendar.plusWorkingDays(served, length) : served.plusDays(length);
        }
    }

    public static final Window DEFAULT_OPINION = Window.workingDays(15);
    public static final Window DEFAULT_RECOMMENDATION = Window.workingDays(5);

    private final Map<String, Map<LetterType, Window>> overrides;

    private ReplyWindows(Map<String, Map<LetterType, Window>> overrides) {
        overrides.keySet().forEach(prefix -> {
            if (!prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
                throw new IllegalArgumentException("a jurisdiction prefix has 2, 4 or 6 digits: " + prefix);
            }
        });
        this.overrides = Map.copyOf(overrides);
    }

    /** The defaults everywhere. */
    public static ReplyWindows defaults() {
        return new ReplyWindows(Map.of());
    }

    public static ReplyWindows withOverrides(Map<String, Map<LetterType, Window>> overrides) {
        return new ReplyWindows(overrides);
    }

    public Optional<Window> windowFor(LetterType type, RegionCode region) {
        Objects.requireNonNull(type, "type");
        for (String prefix : new String[]{region.value(), region.city(), region.province()}) {
            Map<LetterType, Window> local = overrides.get(prefix);
            if (local != null && local.containsKey(type)) {
                return Optional.of(local.get(type));
            }
        }
        return switch (type) {
            case REMINDER -> Optional.empty();
            case OPINION -> Optional.of(DEFAULT_OPINION);
            case RECOMMENDATION -> Optional.of(DEFAULT_RECOMMENDATION);
        };
    }

    /** The reply due date of a letter served on {@code served} in {@code region}, if the letter has a window. */
    public Optional<LocalDate> replyDue(LetterType type, RegionCode region, LocalDate served, WorkingDayCalendar calendar) {
        return windowFor(type, region).map(w -> w.dueFrom(served, calendar));
    }
}
