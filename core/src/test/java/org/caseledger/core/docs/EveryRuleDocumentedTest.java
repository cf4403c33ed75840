package org.caseledger.core.docs;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.RuleCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md says of every rule whether it refuses or warns, with its article: every rule code the engine answers
 * is named in a section before the retired codes, and every warning too.
 */
class EveryRuleDocumentedTest {

    @Test
    void every_rule_code_and_every_warning_is_named_in_the_rules_document() throws IOException {
        String rules = Files.readString(Path.of("../docs/rules.md"));
        String live = rules.substring(0, rules.indexOf("### Retired rule codes"));
        List<String> missing = Arrays.stream(RuleCode.class.getFields())
                .filter(f -> f.isEnumConstant() && !f.isAnnotationPresent(Deprecated.class)).map(f -> f.getName())
                .filter(code -> !Pattern.compile("`" + code + "`").matcher(live).find()).toList();
        assertThat(missing).as("rule codes docs/rules.md does not name").isEmpty();
        List<String> unflagged = Arrays.stream(CaseWarning.values()).map(Enum::name)
                .filter(code -> !Pattern.compile("`" + code + "`").matcher(live).find()).toList();
        assertThat(unflagged).as("warnings docs/rules.md does not name").isEmpty();
    }
}
