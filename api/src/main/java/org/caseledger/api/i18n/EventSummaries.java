package org.caseledger.api.i18n;

import org.caseledger.core.kernel.Summary;
import org.caseledger.core.kernel.SummaryArg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An event's summary line in the reader's language: the event's own data ({@link Summary}) worded by the messages
 * ({@code summary.<key>}), its amounts in yuan, its codes by their labels, its claimants and obligors by name where the
 * reader may see them. A line with no message (an event described by a later version) shows the event's label.
 */
@Component("eventSummaries")
public class EventSummaries {

    private final MessageSource messages;
    private final Yuan yuan;

    public EventSummaries(MessageSource messages, Yuan yuan) {
        this.messages = messages;
        this.yuan = yuan;
    }

    /** The line, with claimants and obligors shown by id. */
    public String line(String type, Summary summary, Locale locale) {
        return line(type, summary, locale, Map.of(), Map.of());
    }

    /**
     * The line, with claimants shown as "张三（W1）" where their names are given (to those who may see them) and obligors by
     * name.
     */
    public String line(String type, Summary summary, Locale locale, Map<String, String> claimantNames, Map<String, String> obligorNames) {
        if (summary == null) {
            return "";
        }
        Object[] args = summary.args().stream().map(a -> value(a, locale, claimantNames, obligorNames)).toArray();
        String line = messages.getMessage("summary." + summary.key(), args, null, locale);
        return line != null ? line : messages.getMessage("event." + type, null, type, locale);
    }

    private Object value(SummaryArg a, Locale locale, Map<String, String> claimantNames, Map<String, String> obligorNames) {
        if (a.value() == null) {
            return a.kind() == SummaryArg.Kind.COUNT ? 0L : "";
        }
        return switch (a.kind()) {
            case TEXT, DAY -> a.value();
            case MONEY -> "¥" + yuan.of(Long.parseLong(a.value()));
            case COUNT -> Long.parseLong(a.value());
            case CODE -> label(a.value(), locale);
            case CODES -> {
                int dot = a.value().indexOf('.');
                String type = a.value().substring(0, dot);
                yield Arrays.stream(a.value().substring(dot + 1).split(",")).map(c -> label(type + "." + c, locale))
                        .collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
            }
            // by name, the id only as a suffix: 王五（W3）
            case CLAIMANT -> claimantNames.containsKey(a.value()) ? claimantNames.get(a.value())
                    + (locale.getLanguage().equals("zh") ? "（" + a.value() + "）" : " (" + a.value() + ")") : a.value();
            case OBLIGOR -> obligorNames.getOrDefault(a.value(), a.value());
        };
    }

    /** An enumeration's constant ("Type.CONSTANT") by its label, or as it is. */
    private String label(String code, Locale locale) {
        return messages.getMessage("enum." + code, null, code.substring(code.indexOf('.') + 1), locale);
    }
}
