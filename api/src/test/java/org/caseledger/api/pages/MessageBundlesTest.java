package org.caseledger.api.pages;

import org.caseledger.api.web.CommandRoutes;
import org.caseledger.api.problems.ProblemCodes;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.DeadlineKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the pages show is in both languages: the two bundles have the same keys, and they cover every rule,
 * problem, command, command field, event, stage, deadline (with its legal basis) and every enum a command takes.
 */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chinese_and_english_say_the_same_things_and_leave_nothing_untranslated() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        List<String> needed = new ArrayList<>();
        for (RuleCode c : RuleCode.values()) {
            needed.add("rule." + c.name());
        }
        ProblemCodes.ALL.keySet().forEach(c -> needed.add("problem." + c));
        for (CaseStage s : CaseStage.values()) {
            needed.add("enum.CaseStage." + s.name());
        }
        for (DeadlineKind k : DeadlineKind.values()) {
            needed.add("enum.DeadlineKind." + k.name());
            needed.add("deadline.basis." + k.name());
        }
        new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("org.caseledger.core").stream()
                .filter(c -> (c.isAssignableTo(WageCaseEvent.class) || c.isAssignableTo(org.caseledger.core.workorder.WorkOrderEvent.class))
                        && !c.isInterface())
                .forEach(e -> needed.add("event." + e.getSimpleName()));
        for (var s : org.caseledger.projections.workorders.WorkOrderStatus.values()) {
            needed.add("enum.WorkOrderStatus." + s.name());
        }
        List<org.caseledger.api.web.CommandRoute> routes = new ArrayList<>(CommandRoutes.ALL);
        routes.addAll(org.caseledger.api.web.WorkOrderRoutes.ALL);
        routes.add(new org.caseledger.api.web.CommandRoute("", org.caseledger.core.workorder.ReceiveWorkOrder.class, ""));
        routes.add(new org.caseledger.api.web.CommandRoute("", org.caseledger.core.workorder.EraseWorkerPersonalData.class, ""));
        routes.forEach(r -> {
            needed.add("command." + r.command().getSimpleName());
            for (RecordComponent c : r.command().getRecordComponents()) {
                needed.add("field." + c.getName());
                Class<?> type = c.getType();
                if (c.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    type = element;
                }
                if (type.isEnum()) {
                    for (Object v : type.getEnumConstants()) {
                        needed.add("enum." + type.getSimpleName() + "." + ((Enum<?>) v).name());
                    }
                }
            }
        });
        assertThat(needed).hasSizeGreaterThan(300);
        assertThat(needed).allMatch(zh::containsKey, "in messages.properties");
        for (String key : needed) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    /**
     * Every event reads in both languages: each one the reference and coverage cases append (every type there is) has
     * its summary's message, filled in, in Chinese and in English.
     */
    @Test
    void every_event_reads_as_a_line_in_both_languages() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.caseledger.api.i18n.EventSummaries summaries = new org.caseledger.api.i18n.EventSummaries(bundles, new org.caseledger.api.i18n.Yuan());
        List<Object> events = new ArrayList<>();
        List<org.caseledger.core.scenario.CaseScenario> cases = new ArrayList<>(org.caseledger.core.scenario.CoverageCases.run());
        cases.add(org.caseledger.core.scenario.PingliangReferenceCaseTest.run());
        cases.add(org.caseledger.core.scenario.LudianReferenceCaseTest.run());
        cases.add(org.caseledger.core.scenario.DawukouReferenceCaseTest.run());
        cases.add(org.caseledger.core.scenario.ConstructionCaseTest.run());
        cases.forEach(c -> events.addAll(c.history()));
        assertThat(events.stream().<Class<?>>map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(org.caseledger.core.wagecase.StoredNames.CURRENT.values().stream()
                        .filter(WageCaseEvent.class::isAssignableFrom).toList());
        for (Object e : events) {
            WageCaseEvent event = (WageCaseEvent) e;
            String key = "summary." + event.describe().summary().key();
            for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                assertThat(bundles.getMessage(key, null, null, locale)).as(key + " in " + locale).isNotNull();
                String line = summaries.line(e.getClass().getSimpleName(), event.describe().summary(), locale);
                assertThat(line).as(key + " in " + locale).isNotBlank().doesNotContain("{").doesNotContain("null");
                if (locale.getLanguage().equals("zh") && e instanceof org.caseledger.core.limitation.LimitationInterrupted) {
                    // the step the engine names as the interruption reaches a Chinese reader in Chinese
                    assertThat(line).as(key + " in Chinese").doesNotContainPattern("mediation agreement|promise |payment |referral to|REMINDER|OPINION|RECOMMENDATION");
                }
            }
        }
    }
}
