package org.caseledger.projections;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * Runs the case projection as a pooled streaming processor per generation ({@code case-projection-g<n>}), with
 * events of one case in order and cases in parallel across segments. A failing event goes to a dead-letter
 * queue for that case's sequence (later events of the same case wait behind it) and the other cases go on.
 * A rebuild starts generation n+1 from the first event in fresh collections and switches readers to it only
 * once it has caught up with the store as it was when the rebuild began; the old processor then stops.
 */
public final class ProjectionRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);

    /** How a rebuild is going. */
    public record RebuildProgress(int generation, long eventsDone, long eventsTotal, double eventsPerSecond, boolean switched) {
    }

    /** Events per processor batch: a case is read and written once per batch (see {@link CaseProjector}). */
    static final int BATCH_SIZE = 500;

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final TokenStore tokenStore;
    private final ReadModels readModels;
    private final Function<String, SequencedDeadLetterQueue<EventMessage<?>>> deadLetters;
    private final int segments;
    private final org.caseledger.projections.people.PersonTokens personTokens;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "projection-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile PooledStreamingEventProcessor live;
    private volatile int liveGeneration;
    private volatile PooledStreamingEventProcessor rebuilding;
    private volatile RebuildProgress progress;

    public ProjectionRunner(StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokenStore, ReadModels readModels,
                            Function<String, SequencedDeadLetterQueue<EventMessage<?>>> deadLetters, int segments) {
        this(events, tokenStore, readModels, deadLetters, segments, org.caseledger.projections.people.PersonTokens.NONE);
    }

    /** With the tokens of the people's blind index (made with the service's key). */
    public ProjectionRunner(StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokenStore, ReadModels readModels,
                            Function<String, SequencedDeadLetterQueue<EventMessage<?>>> deadLetters, int segments,
                            org.caseledger.projections.people.PersonTokens personTokens) {
        this.personTokens = personTokens;
        this.events = events;
        this.tokenStore = tokenStore;
        this.readModels = readModels;
        this.deadLetters = deadLetters;
        this.segments = segments;
    }

    public static String processorName(int generation) {
        return "case-projection-g" + generation;
    }

    /**
     * Starts the processor of the active generation and follows switches made by other instances. Read models
     * written in an older layout are rebuilt into a new generation (readers keep the old one until it is done).
     */
    public synchronized void start() {
        boolean olderFormat = readModels.activeIsOlderFormat();
        liveGeneration = readModels.activeGeneration();
        live = processor(liveGeneration);
        live.start();
        if (olderFormat && readModels.claimUpgrade()) {
            log.info("Read models of generation {} are in an older layout: rebuilding", liveGeneration);
            rebuild();
        }
        monitor.scheduleWithFixedDelay(this::followActiveGeneration, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
        monitor.scheduleWithFixedDelay(this::shareSegments, 0, NODE_BEAT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** How often a node says it is alive; one not heard from for three beats is taken for gone. */
    static final long NODE_BEAT_SECONDS = 5;
    /** The collection where projecting nodes say they are alive (a few documents, one per node). */
    static final String NODES = "projection_nodes";
    private final String nodeId = java.util.UUID.randomUUID().toString();

    /**
     * Nodes on one store share the live processor's segments: each says every {@value #NODE_BEAT_SECONDS} s that it is
     * alive, and one that holds more than its share (segments ÷ live nodes, rounded up) releases the extra segments for
     * a while, so another node's processor claims them. A node that stops (or is killed) is no longer counted after three
     * beats, and its segments, once their claims time out, are claimed by the others. Axon's pooled processor claims
     * whatever is free but never gives a segment up by itself.
     */
    private void shareSegments() {
        try {
            var nodes = readModels.database().getCollection(NODES);
            Instant now = Instant.now();
            nodes.replaceOne(new org.bson.Document("_id", nodeId), new org.bson.Document("_id", nodeId).append("seen", java.util.Date.from(now)),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
            Instant alive = now.minusSeconds(3 * NODE_BEAT_SECONDS);
            long live = nodes.find().into(new ArrayList<>()).stream()
                    .filter(n -> n.getDate("seen") != null && n.getDate("seen").toInstant().isAfter(alive)).count();
            int share = (int) Math.ceil(segments / (double) Math.max(1, live));
            PooledStreamingEventProcessor processor = this.live;
            if (processor == null) {
                return;
            }
            List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
            for (int segment : held.subList(Math.min(share, held.size()), held.size())) {
                log.info("Releasing segment {} of {}: {} nodes project, {} segments each", segment, processor.getName(), live, share);
                processor.releaseSegment(segment, 6 * NODE_BEAT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            log.warn("Could not share the projection's segments with other nodes: {}", e.toString());
        }
    }

    /** Starts rebuilding into a new generation; returns its number. Refused while a rebuild runs. */
    public synchronized int rebuild() {
        if (rebuilding != null) {
            throw new IllegalStateException("a rebuild into generation " + progress.generation() + " is running");
        }
        int next = Math.max(liveGeneration, readModels.activeGeneration()) + 1;
        readModels.generation(next).drop();
        if (next >= 3) {
            readModels.generation(next - 2).drop(); // keep the generation before the active one for comparison
        }
        long total = ((GapAwareTrackingToken) events.createHeadToken()).getIndex();
        PooledStreamingEventProcessor processor = processor(next);
        rebuilding = processor;
        progress = new RebuildProgress(next, 0, total, 0, false);
        Instant started = Instant.now();
        processor.start();
        log.info("Rebuild of the read models into generation {} started: {} events to replay", next, total);
        monitor.scheduleWithFixedDelay(() -> watchRebuild(processor, next, total, started), 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        return next;
    }

    public RebuildProgress progress() {
        return progress;
    }

    public int liveGeneration() {
        return liveGeneration;
    }

    private void watchRebuild(PooledStreamingEventProcessor processor, int generation, long total, Instant started) {
        if (rebuilding != processor) {
            return;
        }
        long done = position(processor);
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        boolean caughtUp = done >= total && processor.processingStatus().size() == segments
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp());
        progress = new RebuildProgress(generation, Math.min(done, total), total, done / seconds, caughtUp);
        log.info("Rebuild g{}: {}/{} events ({}%), {} events/s", generation, Math.min(done, total), total,
                total == 0 ? 100 : Math.min(100, done * 100 / total), Math.round(done / seconds));
        if (caughtUp) {
            synchronized (this) {
                readModels.activate(generation);
                PooledStreamingEventProcessor old = live;
                live = processor;
                liveGeneration = generation;
                rebuilding = null;
                old.shutDown();
                log.info("Read models switched to generation {} after {} s", generation, Math.round(seconds));
            }
        }
    }

    /** Another instance switched generations: run the new one here too. */
    private synchronized void followActiveGeneration() {
        try {
            int active = readModels.activeGeneration();
            if (active != liveGeneration && rebuilding == null) {
                PooledStreamingEventProcessor old = live;
                live = processor(active);
                live.start();
                liveGeneration = active;
                old.shutDown();
                log.info("Following generation {} activated elsewhere", active);
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the active read-model generation: {}", e.toString());
        }
    }

    private long position(PooledStreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(s -> s.getTrackingToken())
                .filter(t -> t != null)
                .mapToLong(t -> t.position().orElse(0))
                .min().orElse(0);
    }

    private PooledStreamingEventProcessor processor(int generation) {
        String name = processorName(generation);
        CaseProjector projector = new CaseProjector(readModels.generation(generation));
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(projector, new org.caseledger.projections.workorders.WorkOrderProjector(
                        readModels.generation(generation).workOrderDocuments(), generation),
                        new org.caseledger.projections.people.PeopleProjector(readModels.generation(generation).peopleIndex(),
                                readModels.generation(generation).employerIndex(), personTokens,
                                readModels.generation(generation).contactTime(), readModels.generation(generation).arrearsByIndustry()))
                .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                .queue(deadLetters.apply(name))
                .transactionManager(NoTransactionManager.instance())
                // a queue that is empty for a segment when it starts is not asked again for every event
                .enableSequenceIdentifierCache()
                .build();
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(events)
                .tokenStore(tokenStore)
                .transactionManager(NoTransactionManager.instance())
                .coordinatorExecutor(n -> Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "coordinator-" + n)))
                .workerExecutor(n -> Executors.newScheduledThreadPool(segments, r -> daemon(r, "worker-" + n)))
                .initialSegmentCount(segments)
                .initialToken(StreamableMessageSource::createTailToken)
                .batchSize(BATCH_SIZE)
                .build();
        processor.registerHandlerInterceptor(projector.batchBoundary());
        return processor;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** An event the live projection could not apply, parked with its case's later events until retried. */
    public record DeadLetterView(String caseId, long sequence, String eventType, String error, Instant since, Instant lastTried) {
    }

    /** The dead letters of the live projection, oldest case first. */
    public List<DeadLetterView> deadLetters() {
        List<DeadLetterView> all = new ArrayList<>();
        for (var sequence : deadLetters.apply(processorName(liveGeneration)).deadLetters()) {
            for (var letter : sequence) {
                EventMessage<?> m = letter.message();
                all.add(new DeadLetterView(m instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null,
                        m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1, m.getPayloadType().getSimpleName(),
                        letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null), letter.enqueuedAt(), letter.lastTouched()));
            }
        }
        return all;
    }

    /** How many cases have dead letters in the live projection. */
    public long deadLetteredCases() {
        return deadLetters.apply(processorName(liveGeneration)).amountOfSequences();
    }

    /**
     * Retries the dead letters of one case ({@code caseId}) or of every case ({@code null}): each sequence in order,
     * through the same handler; a letter that fails again stays. Returns how many sequences were fully retried.
     */
    public int retryDeadLetters(String caseId) {
        PooledStreamingEventProcessor processor = live;
        if (processor == null || !(processor.eventHandlerInvoker()
                instanceof org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor<?> any)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        var retrier = (org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor<EventMessage<?>>) any;
        int retried = 0;
        long sequences = deadLetteredCases();
        for (long i = 0; i < sequences; i++) {
            boolean done = caseId == null ? retrier.processAny()
                    : retrier.process(l -> l.message() instanceof DomainEventMessage<?> d && caseId.equals(d.getAggregateIdentifier()));
            if (done) {
                retried++;
            }
            if (caseId != null) {
                break;
            }
        }
        return retried;
    }

    /**
     * Whether this node's live processor holds every segment and each has reached {@code position}: a whole projection
     * measured on one node (the lowest position alone says nothing of segments not claimed yet).
     */
    public boolean wholeAt(long position) {
        PooledStreamingEventProcessor processor = live;
        return processor != null && processor.processingStatus().size() == segments && position(processor) >= position;
    }

    /** The lowest position among the live processor's segments (from its in-memory status: no token is claimed). */
    public long livePosition() {
        PooledStreamingEventProcessor processor = live;
        return processor == null ? 0 : position(processor);
    }

    /** Stops the processors and waits for them, so nothing writes after the database connection closes. */
    @Override
    public synchronized void close() {
        monitor.shutdownNow();
        try {
            readModels.database().getCollection(NODES).deleteOne(new org.bson.Document("_id", nodeId)); // its share goes to the others at once
        } catch (RuntimeException e) {
            log.debug("Could not sign this node off: {}", e.toString());
        }
        for (PooledStreamingEventProcessor processor : new PooledStreamingEventProcessor[]{rebuilding, live}) {
            if (processor != null) {
                try {
                    processor.shutdownAsync().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    log.warn("Processor {} did not stop within 10 s: {}", processor.getName(), e.toString());
                }
            }
        }
    }
}
