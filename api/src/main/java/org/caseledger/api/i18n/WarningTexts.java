package org.caseledger.api.i18n;

import org.caseledger.core.kernel.CaseWarning;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A warning's words in the reader's language, with the article it rests on ({@code enum.CaseWarning.<code>}). */
@Component("warningTexts")
public class WarningTexts {

    private final MessageSource messages;

    public WarningTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String code, Locale locale) {
        return messages.getMessage("enum.CaseWarning." + code, null, code, locale);
    }

    public String text(CaseWarning warning, Locale locale) {
        return text(warning.name(), locale);
    }
}
