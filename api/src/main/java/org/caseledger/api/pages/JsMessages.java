package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.caseledger.api.problems.ProblemCodes;
import org.caseledger.core.kernel.RuleCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pages' script shows when the API refuses: every rule's text and every problem's meaning, and the field
 * names, in the reader's language, as JSON the page carries (so the script needs no request of its own).
 */
@Component("jsMessages")
public class JsMessages {

    private final MessageSource messages;
    private final ObjectMapper mapper;
    private final Map<Locale, String> cache = new ConcurrentHashMap<>();

    public JsMessages(MessageSource messages, ObjectMapper mapper) {
        this.messages = messages;
        this.mapper = mapper;
    }

    public String json(Locale locale) {
        return cache.computeIfAbsent(locale, l -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (RuleCode code : RuleCode.values()) {
                out.put(code.name(), messages.getMessage("rule." + code.name(), null, code.rule(), l));
            }
            ProblemCodes.ALL.forEach((code, meaning) -> out.put(code, messages.getMessage("problem." + code, null, meaning.meaning(), l)));
            for (String key : new String[]{"case.saved", "case.savedBut", "case.refused", "case.notDisbursed", "file.badIdCard", "file.badAmount"}) {
                out.put(key, messages.getMessage(key, null, key, l));
            }
            try {
                return mapper.writeValueAsString(out).replace("</", "<\\/");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The label of a field, for "which field" in a refusal. */
    public String field(String name, Locale locale) {
        return messages.getMessage("field." + name, null, name, locale);
    }
}
