package org.caseledger.core.scenario;

import org.caseledger.embedded.testing.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.caseledger.core.wagecase.WageCase;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replays a case command by command, each on its own day: every step runs against the events of all steps
 * before it, must succeed, and returns the events it appended and the case's state after it.
 */
public final class CaseScenario {

    /** What one command did. */
    record Step(List<Object> events, WageCase after) {
        @SuppressWarnings("unchecked")
        <T> T only(Class<T> type) {
            List<Object> matching = events.stream().filter(type::isInstance).toList();
            if (matching.size() != 1) {
                throw new AssertionError("expected exactly one " + type.getSimpleName() + " but got " + events);
            }
            return (T) matching.get(0);
        }
    }

    private final TestClock clock = new TestClock(LocalDate.of(2000, 1, 1));
    private final List<Object> history = new ArrayList<>();
    private final List<Object> commands = new ArrayList<>();

    /** The command, sent on the given day. */
    Step on(LocalDate today, Object command) {
        commands.add(command);
        ResultValidator<WageCase> result = when(today, command);
        AtomicReference<WageCase> state = new AtomicReference<>();
        result.expectSuccessfulHandlerExecution().expectState(state::set);
        List<Object> appended = appended(result);
        history.addAll(appended);
        return new Step(List.copyOf(appended), state.get());
    }

    /** The command run against the history so far, on the given day. */
    private ResultValidator<WageCase> when(LocalDate today, Object command) {
        clock.setToday(today);
        FixtureConfiguration<WageCase> fixture = new AggregateTestFixture<>(WageCase.class);
        WageCaseSpec.registerDecisionContext(fixture, clock);
        TestExecutor<WageCase> given = history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history);
        return given.when(command);
    }

    /** The events the command appended, captured by a matcher that accepts any. */
    private static List<Object> appended(ResultValidator<WageCase> result) {
        List<Object> appended = new ArrayList<>();
        result.expectEventsMatching(new BaseMatcher<List<? super EventMessage<?>>>() {
            @Override
            public boolean matches(Object actual) {
                ((List<?>) actual).forEach(m -> appended.add(((EventMessage<?>) m).getPayload()));
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events (captured)");
            }
        });
        return appended;
    }

    /** What a command sent with {@link #attempt} did: the events it appended, or why it was refused. */
    public record Attempt(List<Object> events, Throwable refusal) {
    }

    /**
     * The command, sent on the given day, which may be refused: a refusal leaves the history as it was. For
     * generated histories (property tests), where a command may break a rule.
     */
    public Attempt attempt(LocalDate today, Object command) {
        ResultValidator<WageCase> result = when(today, command);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            result.expectException(new BaseMatcher<Object>() {
                @Override
                public boolean matches(Object actual) {
                    thrown.set((Throwable) actual);
                    return true;
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("any exception (captured)");
                }
            });
        } catch (AssertionError returnedNormally) {
            // no exception: the command was accepted
        }
        if (thrown.get() != null) {
            return new Attempt(List.of(), thrown.get());
        }
        List<Object> appended = appended(result);
        commands.add(command);
        history.addAll(appended);
        return new Attempt(List.copyOf(appended), null);
    }

    public List<Object> history() {
        return List.copyOf(history);
    }

    public List<Object> commands() {
        return List.copyOf(commands);
    }

    /** Every event survives a JSON round trip unchanged: the store persists them as readable JSON. */
    void assertEveryEventRoundTripsThroughJson() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (Object event : history) {
            try {
                Object back = json.readValue(json.writeValueAsString(event), event.getClass());
                if (!back.equals(event)) {
                    throw new AssertionError("JSON round trip changed " + event + " into " + back);
                }
            } catch (java.io.IOException e) {
                throw new AssertionError("cannot round-trip " + event.getClass().getSimpleName(), e);
            }
        }
    }
}
