package org.caseledger.api.cases;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The version a command produced: the sequence number of the last event it appended, taken from its own unit of work
 * (never from the store afterwards, where another command may already have appended). A command whose metadata asks
 * for it ({@link #ASK}) returns a {@link Version} as its result, filled when its events are stored (Axon stages
 * events during the handler and intercepts them at prepare-commit); it stays empty when the command appended nothing.
 * It also collects the warnings those events carry, so that the answer to the command says them at once.
 */
@Component
public class AppendedVersion {

    /** Metadata flag of a command that wants its version back. */
    public static final String ASK = "reportAppendedVersion";
    private static final String VERSION = "caseledger.appendedVersion";

    /** What a command answers when asked: the sequence number of its last event, once stored. */
    public static final class Version {
        private volatile Long last;
        /** The warnings the command's events were recorded with, in the order of the events. */
        private final java.util.List<org.caseledger.core.kernel.CaseWarning> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();

        public java.util.List<org.caseledger.core.kernel.CaseWarning> warnings() {
            return java.util.List.copyOf(warnings);
        }

        public java.util.Optional<Long> last() {
            return java.util.Optional.ofNullable(last);
        }

        void saw(long seq) {
            last = last == null ? seq : Math.max(last, seq);
        }
    }

    public AppendedVersion(CommandBus commandBus, EventStore eventStore) {
        eventStore.registerDispatchInterceptor(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                Version version = CurrentUnitOfWork.get().root().getResource(VERSION);
                if (version != null) {
                    events.stream().filter(DomainEventMessage.class::isInstance).mapToLong(e -> ((DomainEventMessage<?>) e).getSequenceNumber())
                            .forEach(version::saw);
                    events.stream().map(org.axonframework.messaging.Message::getPayload)
                            .filter(org.caseledger.core.kernel.WageCaseEvent.class::isInstance)
                            .forEach(p -> version.warnings.addAll(((org.caseledger.core.kernel.WageCaseEvent) p).warnings()));
                }
            }
            return (i, e) -> e;
        });
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (!Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(ASK))) {
                return chain.proceed();
            }
            Version version = new Version();
            unitOfWork.root().resources().put(VERSION, version);
            chain.proceed();
            return version;
        });
    }
}
