package community.platform.gateway.action;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.InvalidMessage;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.gateway.action.ActionPerformer.ActionFailed;
import community.platform.gateway.config.GatewayProperties;
import community.platform.runtime.messaging.ConsumerHealth;
import community.platform.runtime.messaging.DeadLetterPublisher;
import community.platform.runtime.messaging.DeadLetterPublisher.DeadLetter;
import community.platform.runtime.messaging.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Where the answer leaves: consumes {@code discord.actions} and performs each action once. Actions of one key (a
 * channel) run one after another in offset order; different channels run side by side. Offsets are committed after
 * the whole poll was performed; each performed action id is recorded first, so a redelivery skips it. An action that
 * Discord refuses for good is recorded too and reported to the service that asked ({@code ce_source}); an action that
 * cannot be read, or keeps failing for a passing reason, goes to {@code discord.actions.dlt} with the reason.
 */
public final class ActionConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActionConsumer.class);

    private final String bootstrapServers;
    private final TopicNames names;
    private final MessageCodec codec;
    private final ActionPerformer performer;
    private final PerformedActions performed;
    private final DeadLetterPublisher deadLetters;
    private final GatewayProperties.Actions settings;
    private final MeterRegistry meters;
    private final ExecutorService channels;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread loop;
    private volatile boolean running;
    private final ConsumerHealth health = new ConsumerHealth();
    private static final Duration RETRY_MIN = Duration.ofSeconds(1);
    private static final Duration RETRY_MAX = Duration.ofSeconds(10);

    public ActionConsumer(String bootstrapServers, TopicNames names, MessageCodec codec, ActionPerformer performer,
                          PerformedActions performed, DeadLetterPublisher deadLetters,
                          GatewayProperties.Actions settings, MeterRegistry meters) {
        this.bootstrapServers = bootstrapServers;
        this.names = names;
        this.codec = codec;
        this.performer = performer;
        this.performed = performed;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.meters = meters;
        this.channels = Executors.newFixedThreadPool(settings.parallelism(), Thread.ofPlatform()
                .name("discord-actions-", 1).daemon().factory());
    }

    @Override
    public void start() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "gateway-actions");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-actions");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) settings.maxPollInterval().toMillis());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(names.of(Topics.DISCORD_ACTIONS)));
        running = true;
        loop = Thread.ofPlatform().name("discord-actions-poll").start(this::run);
        health.started(loop);
    }

    private void run() {
        try {
            performer.awaitReady();
            Duration backoff = RETRY_MIN;
            while (running) {
                ConsumerRecords<String, byte[]> records = ConsumerRecords.empty();
                try {
                    records = consumer.poll(Duration.ofMillis(100));
                    if (records.isEmpty()) {
                        continue; // after a failure, only a poll performed and committed says it recovered
                    }
                    performAll(records);
                    consumer.commitSync();
                    health.ok();
                    backoff = RETRY_MIN;
                } catch (WakeupException e) {
                    throw e;
                } catch (CommitFailedException | RebalanceInProgressException e) {
                    // the group gave our partitions to someone else meanwhile: the records come again, and what was
                    // performed is found in performed_action and skipped
                    health.failed(e);
                    log.warn("Discord actions: offsets not committed ({}); the records will come again", e.toString());
                } catch (RuntimeException e) {
                    // the database or Kafka away: nothing of this poll is lost (performed actions are recorded one
                    // by one), try it again from its first record
                    health.failed(e);
                    log.warn("Discord actions: retrying a poll of {} records in {}: {}", records.count(), backoff,
                            e.toString());
                    rewind(records);
                    Thread.sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), RETRY_MAX);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                health.died(e);
                log.error("the Discord action consumer stopped", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            health.died(e);
            log.error("the Discord action consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Performs a poll's actions, one channel after another in offset order, channels side by side. While they run, the
     * consumer keeps polling with its partitions paused: a channel whose backlog outlasts {@code max.poll.interval.ms}
     * (Discord's per-channel rate limit) does not make the group give its partitions away.
     */
    private void performAll(ConsumerRecords<String, byte[]> records) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.computeIfAbsent(String.valueOf(r.key()), k -> new ArrayList<>()).add(r));
        List<DeadLetter> dead = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> all = CompletableFuture.allOf(byKey.values().stream()
                .map(sameKey -> CompletableFuture.runAsync(() -> sameKey.forEach(r -> handle(r, dead)), channels))
                .toArray(CompletableFuture[]::new));
        var paused = consumer.assignment();
        consumer.pause(paused);
        try {
            while (!all.isDone()) {
                // records returned here belong to partitions assigned meanwhile: leave them for the next poll
                rewind(consumer.poll(Duration.ofMillis(100)));
                try {
                    all.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // still performing
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while performing Discord actions", e);
                }
            }
        } finally {
            consumer.resume(consumer.assignment());
        }
        all.join();
        deadLetters.publish(dead);
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, records.records(tp).getFirst().offset());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether actions are being performed: alive, and when it last failed. */
    public ConsumerHealth health() {
        return health;
    }

    private void handle(ConsumerRecord<String, byte[]> record, List<DeadLetter> dead) {
        String type = header(record, CloudEventHeaders.TYPE);
        UUID actionId;
        DiscordAction action;
        try {
            actionId = UUID.fromString(String.valueOf(header(record, CloudEventHeaders.ID)));
            Message message = codec.decode(type, record.value());
            if (!(message instanceof DiscordAction a)) {
                throw new InvalidMessage(type + " is not a Discord action");
            }
            action = a;
        } catch (InvalidMessage | IllegalArgumentException e) {
            log.warn("Discord action at {}/{}@{} dead-lettered: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            dead.add(new DeadLetter(record, e.getMessage()));
            count(type, "dead-lettered");
            return;
        }
        if (performed.performed(actionId)) {
            count(type, "duplicate");
            return;
        }
        String source = header(record, CloudEventHeaders.SOURCE);
        PerformedActions.Done done = new PerformedActions.Done(actionId, action.guildId(), type,
                source == null || !source.matches("/[a-z][a-z0-9]*") ? "unknown" : source.substring(1));
        for (int attempt = 1; ; attempt++) {
            try {
                String outcome = performer.perform(action, actionId);
                performed.performed(done, outcome, action.reportsOutcome());
                count(type, "performed");
                return;
            } catch (ActionFailed e) {
                if (!e.passing) {
                    log.warn("Discord action {} ({}) of {} refused: {}", actionId, type, done.requester(),
                            e.getMessage());
                    performed.refused(done, e.code, e.getMessage(), e.missingPermission);
                    count(type, "refused");
                    return;
                }
                if (attempt >= settings.maxAttempts()) {
                    log.warn("Discord action {} ({}) not performed: {}", actionId, type, e.getMessage());
                    dead.add(new DeadLetter(record, "gave up after " + attempt + " attempts: " + e.getMessage()));
                    count(type, "dead-lettered");
                    return;
                }
                sleep(Duration.ofMillis(Math.min(10_000, 250L << attempt)));
            }
        }
    }

    private void count(String type, String outcome) {
        meters.counter("gateway.actions", "type", String.valueOf(type), "outcome", outcome).increment();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = loop;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        channels.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the Discord connection and stops before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 50;
    }
}
