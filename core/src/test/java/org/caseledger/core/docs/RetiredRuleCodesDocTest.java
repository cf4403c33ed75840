package org.caseledger.core.docs;

import org.caseledger.core.kernel.RuleCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of retired rule codes in docs/rules.md lists exactly the codes that are deprecated, never answered. */
class RetiredRuleCodesDocTest {

    @Test
    void the_retired_codes_table_lists_every_deprecated_rule_code_and_no_other() throws IOException {
        String rules = Files.readString(Path.of("../docs/rules.md"));
        String table = rules.substring(rules.indexOf("### Retired rule codes"));
        Set<String> listed = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE).matcher(table).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> deprecated = Arrays.stream(RuleCode.class.getFields())
                .filter(f -> f.isEnumConstant() && f.isAnnotationPresent(Deprecated.class)).map(f -> f.getName())
                .collect(Collectors.toSet());
        assertThat(deprecated).isNotEmpty();
        assertThat(listed).isEqualTo(deprecated);
    }
}
