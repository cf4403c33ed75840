package org.caseledger.api.cases;

import org.caseledger.core.kernel.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The target case comes from the command ({@code @TargetAggregateIdentifier}); the version the client expects
 * comes from the metadata {@code expectedVersion} (an HTTP If-Match), so commands stay plain domain records.
 * Axon then refuses the command when the case has moved on since the client read it.
 */
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    private final AnnotationCommandTargetResolver byAnnotation = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = byAnnotation.resolveTarget(command);
        Object expected = command.getMetaData().get(MetadataKeys.EXPECTED_VERSION);
        return expected instanceof Number n ? new VersionedAggregateIdentifier(target.getIdentifier(), n.longValue()) : target;
    }
}
