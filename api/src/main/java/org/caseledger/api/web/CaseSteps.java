package org.caseledger.api.web;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.caseledger.core.wagecase.NextSteps;
import org.caseledger.core.wagecase.WageCase;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officer's next steps: the commands a case allows now, asked of the case itself ({@link NextSteps} on the case as
 * the command side holds it, cached), each with the route it is posted to and, for a route with an id in its path, the
 * ids it may take.
 */
@Component
public class CaseSteps {

    /** A command the case allows: its route, its name, and for a route with an id in its path the ids it may take. */
    public record Step(String route, String command, String summary, Map<String, List<String>> pathChoices) {
    }

    /** The steps and the version of the case they were asked of. */
    public record Steps(List<Step> steps, long version) {
    }

    private final org.axonframework.config.Configuration axon;

    public CaseSteps(org.axonframework.config.Configuration axon) {
        this.axon = axon;
    }

    /** The steps the case allows now, in the order of the routes; an unknown case is not found. */
    public Steps of(String caseId) {
        Repository<WageCase> cases = axon.repository(WageCase.class);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<WageCase> loaded = cases.load(caseId);
            List<NextSteps.Step> allowed = loaded.invoke(NextSteps::of);
            long version = loaded.version() == null ? -1 : loaded.version();
            uow.commit(); // nothing was applied: the case stays in the cache as it was
            return new Steps(routed(allowed), version);
        } catch (RuntimeException e) {
            if (uow.isActive()) {
                uow.rollback(e);
            }
            throw e;
        }
    }

    private static List<Step> routed(List<NextSteps.Step> allowed) {
        Map<Class<?>, NextSteps.Step> byCommand = allowed.stream().collect(Collectors.toMap(NextSteps.Step::command, s -> s));
        List<Step> steps = new ArrayList<>();
        for (CommandRoute route : CommandRoutes.ALL) {
            NextSteps.Step step = byCommand.get(route.command());
            if (step != null) {
                steps.add(new Step(route.path(), route.command().getSimpleName(), route.summary(), step.choices()));
            }
        }
        return steps;
    }
}
