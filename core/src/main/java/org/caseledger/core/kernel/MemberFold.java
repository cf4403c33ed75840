package org.caseledger.core.kernel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;

import java.util.List;

/**
 * Folds facts into one member of a case outside the aggregate, through the member's own event-sourcing handlers (the
 * one it would run in the aggregate: the most specific). A read model that shows what a member knows (the ledger, what
 * each obligor paid) keeps such a member and folds into it, so the case's arithmetic is written once.
 */
public final class MemberFold<T> {

    private final List<MessageHandlingMember<? super T>> handlers;

    private MemberFold(Class<T> type) {
        this.handlers = AnnotatedHandlerInspector.inspectType(type).getHandlers(type).toList();
    }

    public static <T> MemberFold<T> of(Class<T> type) {
        return new MemberFold<>(type);
    }

    /** Folds the fact into the member, when the member has a handler for it. */
    public void apply(T member, WageCaseEvent fact) {
        EventMessage<?> message = GenericEventMessage.asEventMessage(fact);
        for (MessageHandlingMember<? super T> handler : handlers) {
            if (handler.canHandle(message)) {
                try {
                    handler.handle(message, member);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("cannot fold " + fact.getClass().getSimpleName(), e);
                }
                return;
            }
        }
    }
}
