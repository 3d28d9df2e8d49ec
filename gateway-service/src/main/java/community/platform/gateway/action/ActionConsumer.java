package community.platform.gateway.action;

import community.platform.contracts.CloudEvent;
import community.platform.contracts.InvalidMessage;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.discord.DiscordAction;
import community.platform.gateway.GatewayProperties;
import community.platform.gateway.interaction.RecordedInteractions;
import community.platform.runtime.messaging.BatchRecord;
import community.platform.runtime.messaging.ConsumerHealth;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Where the answer leaves: the Spring Cloud Stream functions {@code discordActions} and {@code discordPacedActions}
 * (one per {@link ActionLane}) get each poll of {@code discord.actions} and perform each action of their lane once.
 * Actions of one key (a channel) run one batch after another in offset order, except members' own answers, which keep
 * their order per interaction and go side by side ({@link ActionOrder}); different channels side by side, off the
 * consumer's thread ({@link ChannelQueues}): a channel free takes up its actions at once, whatever the other channels
 * of its poll are doing, and a poll is acknowledged (manual acknowledgements, made on the lane's threads) when every
 * action of it and of the polls before it is done. The consumer's thread never waits for Discord: above
 * {@code gateway.actions.in-flight} actions not done it is paused, polling, so a channel whose actions outlast
 * {@code max.poll.interval.ms} keeps its partitions.
 *
 * <p>Each action is performed by {@link ActionAttempts}, which records its id with what came of it, so a redelivery
 * skips it. The database away is waited out (the action is not performed before it is checked, and a performed action
 * is recorded once the database is back). An action Discord refuses for good is recorded and reported to its
 * requester; one that cannot be read, or keeps failing for a passing reason, goes to {@code discord.actions.dlt} with
 * the reason.
 */
public final class ActionConsumer implements Consumer<org.springframework.messaging.Message<List<byte[]>>>,
        SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActionConsumer.class);
    /** members' answers performed side by side, per channel performed at once */
    private static final int ANSWERS_PER_CHANNEL = 4;

    private final MessageCodec codec;
    private final PerformedActions performed;
    private final RecordedInteractions interactions;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ActionLane lane;
    private final ActionAttempts attempts;
    private final ExecutorService channels;
    /** the lines of one channel's actions that go side by side ({@link ActionOrder}), at most this many at once */
    private final ExecutorService answers;
    private final LaneMeters meters;
    private final ChannelQueues<BatchRecord> queues;
    private volatile boolean stopping;
    private volatile boolean running;

    public ActionConsumer(MessageCodec codec, ActionPerformer performer, PerformedActions performed,
                          RecordedInteractions interactions, DeadLetterPublishingRecoverer deadLetters,
                          GatewayProperties.Actions settings, ConsumerHealth health, MeterRegistry meters,
                          ActionLane lane) {
        this.lane = lane;
        this.codec = codec;
        this.performed = performed;
        this.interactions = interactions;
        this.deadLetters = deadLetters;
        String name = lane.name().toLowerCase(java.util.Locale.ROOT);
        this.meters = new LaneMeters(meters, name);
        this.attempts = new ActionAttempts(performer, performed, settings, health, this.meters, () -> stopping);
        this.channels = Executors.newFixedThreadPool(settings.parallelism(), Thread.ofPlatform()
                .name("discord-" + name + "-actions-", 1).daemon().factory());
        this.answers = Executors.newFixedThreadPool(settings.parallelism() * ANSWERS_PER_CHANNEL, Thread.ofPlatform()
                .name("discord-" + name + "-answers-", 1).daemon().factory());
        this.queues = new ChannelQueues<>(channels, settings.inFlight(), this::handleChannel, null);
        this.meters.inFlight(queues::inFlight);
    }

    /**
     * The lane's consumer, paused while {@code gateway.actions.in-flight} actions are taken and not done (until then
     * nothing bounds what the lane holds).
     */
    public void flowControlledBy(org.springframework.kafka.listener.MessageListenerContainer container) {
        queues.flowControlledBy(new ChannelQueues.Flow() {
            @Override
            public void pause() {
                container.pause();
            }

            @Override
            public void resume() {
                container.resume();
            }
        });
    }

    @Override
    public void accept(org.springframework.messaging.Message<List<byte[]>> batch) {
        Acknowledgment ack = batch.getHeaders().get(KafkaHeaders.ACKNOWLEDGMENT, Acknowledgment.class);
        long handed = System.nanoTime();
        Map<String, List<BatchRecord>> byKey = new LinkedHashMap<>();
        for (BatchRecord r : BatchRecord.of(batch)) {
            if (lane.takes(r.header(community.platform.contracts.CloudEventHeaders.TYPE))) {
                byKey.computeIfAbsent(String.valueOf(r.key()), k -> new ArrayList<>()).add(r);
            }
        }
        queues.take(byKey, () -> {
            if (ack != null) {
                ack.acknowledge();
                meters.poll().record(System.nanoTime() - handed, TimeUnit.NANOSECONDS);
            }
        });
    }

    /**
     * A batch of one channel's actions, in offset order, as {@link ChannelPlan} lays them out (the database asked once
     * for the actions done before and once for how the clicks were acknowledged): each line in order, the lines side
     * by side.
     */
    private void handleChannel(List<BatchRecord> records) {
        List<ReadAction> actions = new ArrayList<>();
        for (BatchRecord record : records) {
            read(record).ifPresent(actions::add);
        }
        actions.forEach(a -> meters.waited(a.written()));
        ChannelPlan plan = ChannelPlan.of(actions,
                ids -> attempts.untilDatabaseAnswers(() -> performed.alreadyDone(ids)),
                ask -> attempts.untilDatabaseAnswers(() -> interactions.acksOf(ask)));
        plan.duplicates().forEach(a -> meters.count(a.type(), "duplicate"));
        plan.replaced().forEach(a -> meters.count(a.type(), "replaced"));
        Consumer<List<ChannelPlan.Step>> perform = line -> line.forEach(
                step -> handleSafely(step.action(), step.action().done(step.replaces())));
        if (plan.lines().size() <= 1) {
            plan.lines().forEach(perform);
            return;
        }
        // members' own answers side by side with the channel's line, each line in order
        awaitAll(plan.lines().stream().map(line -> CompletableFuture.runAsync(() -> perform.accept(line), answers))
                .toArray(CompletableFuture[]::new));
    }

    private static void awaitAll(CompletableFuture<?>[] lines) {
        try {
            CompletableFuture.allOf(lines).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while a channel's answers were performed", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The action of a record, or nothing when it cannot be read (then it is dead-lettered with the reason). */
    private Optional<ReadAction> read(BatchRecord record) {
        String type = record.header(community.platform.contracts.CloudEventHeaders.TYPE);
        try {
            CloudEvent event = record.cloudEvent();
            UUID actionId = UUID.fromString(event.id());
            Message message = codec.decode(event.type(), record.value());
            if (!(message instanceof DiscordAction a)) {
                throw new InvalidMessage(event.type() + " is not a Discord action");
            }
            return Optional.of(new ReadAction(record, event.type(), actionId, a, event.sourceService(), event.time()));
        } catch (InvalidMessage | IllegalArgumentException e) {
            deadLetter(record, type, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Every record ends performed, refused, or dead-lettered, so the poll is acknowledged: an unacknowledged poll would
     * keep the container paused for good. Only a stop (interrupt) leaves it, to be delivered again.
     */
    private void handleSafely(ReadAction read, PerformedActions.Done done) {
        try {
            attempts.perform(read.action(), read.id(), read.type(), done, read.written())
                    .ifPresent(reason -> deadLetter(read.record(), read.type(), reason));
        } catch (RuntimeException e) {
            if (stopping || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            BatchRecord record = read.record();
            log.error("Discord action at {}/{}@{} failed unexpectedly", record.topic(), record.partition(),
                    record.offset(), e);
            deadLetter(record, read.type(), "failed unexpectedly: " + e);
        }
    }

    private void deadLetter(BatchRecord record, String type, String reason) {
        log.warn("Discord action at {}/{}@{} dead-lettered: {}", record.topic(), record.partition(), record.offset(),
                reason);
        deadLetters.accept(record.toConsumerRecord(), null, new InvalidMessage(reason));
        meters.count(type, "dead-lettered");
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    /** The gateway is stopping: what is not done is left unacknowledged, to be delivered again, never dead-lettered. */
    @Override
    public void stop() {
        stopping = true;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Discord connection (whose phase is {@code MAX_VALUE - 100}). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 99;
    }

    @Override
    public void close() {
        channels.shutdownNow();
        answers.shutdownNow();
    }
}
