package community.platform.runtime.messaging;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.InvalidMessage;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.runtime.config.PlatformProperties;
import community.platform.runtime.inbox.InboxGuard;
import community.platform.runtime.messaging.DeadLetterPublisher.DeadLetter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer loop of a service. Each thread owns some partitions, so one key is never processed concurrently and its
 * messages are handled in order. All records of one poll are handled in ONE database transaction (inbox + state +
 * outbox); offsets are committed only after it commits. A record that fails for good is retried alone and then sent
 * to the dead-letter topic; a transient failure (database down) rewinds the poll and retries it.
 */
public final class MessageConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessageConsumer.class);

    private final PlatformProperties properties;
    private final Map<String, List<MessageHandler<?>>> handlers = new HashMap<>();
    private final List<String> topics;
    private final TransactionTemplate tx;
    private final InboxGuard inbox;
    private final DeadLetterPublisher deadLetters;
    private final MessageCodec codec;
    private final AfterCommitHook afterCommit;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter ignored;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public MessageConsumer(PlatformProperties properties, TopicNames names, List<MessageHandler<?>> handlers,
                           TransactionTemplate tx, InboxGuard inbox, DeadLetterPublisher deadLetters,
                           MessageCodec codec, AfterCommitHook afterCommit, MeterRegistry meters) {
        this.properties = properties;
        for (MessageHandler<?> h : handlers) {
            String key = names.of(h.topic()) + '|' + h.type().type();
            List<MessageHandler<?>> same = this.handlers.computeIfAbsent(key, k -> new ArrayList<>());
            if (same.contains(h)) {
                throw new IllegalStateException("handler " + h + " registered twice for " + key);
            }
            same.add(h);
        }
        this.topics = handlers.stream().map(h -> names.of(h.topic())).distinct().toList();
        this.tx = tx;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.codec = codec;
        this.afterCommit = afterCommit;
        this.handled = meters.counter("platform.messages", "outcome", "handled");
        this.duplicates = meters.counter("platform.messages", "outcome", "duplicate");
        this.deadLettered = meters.counter("platform.messages", "outcome", "dead_lettered");
        this.ignored = meters.counter("platform.messages", "outcome", "ignored");
    }

    public List<String> topics() {
        return topics;
    }

    /** True while every consumer thread is alive. */
    public boolean healthy() {
        return !running || workers.stream().allMatch(w -> w.thread.isAlive());
    }

    @Override
    public synchronized void start() {
        if (running || topics.isEmpty()) {
            return;
        }
        running = true;
        for (int i = 0; i < properties.kafka().consumerThreads(); i++) {
            Worker w = new Worker(i);
            workers.add(w);
            w.thread.start();
        }
        log.info("consuming {} as group {} with {} thread(s)", topics, properties.service(), workers.size());
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(w -> w.consumer.wakeup());
        for (Worker w : workers) {
            try {
                w.thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private final class Worker implements Runnable {
        final KafkaConsumer<String, byte[]> consumer;
        final Thread thread;

        Worker(int index) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers());
            p.put(ConsumerConfig.GROUP_ID_CONFIG, properties.service());
            p.put(ConsumerConfig.CLIENT_ID_CONFIG, properties.service() + "-consumer-" + index);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.kafka().maxPollRecords());
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumer = new KafkaConsumer<>(p);
            thread = new Thread(this, properties.service() + "-consumer-" + index);
        }

        @Override
        public void run() {
            try {
                consumer.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                    if (records.isEmpty()) {
                        continue;
                    }
                    try {
                        handleBatch(consumer, records);
                    } catch (WakeupException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // database or Kafka unavailable, or a rebalance: what was committed is deduplicated by the
                        // inbox when it comes again, so retrying the whole poll is safe
                        Throwable cause = e instanceof TransientFailure ? e.getCause() : e;
                        log.warn("retrying the poll of {} records in {}: {}", records.count(),
                                properties.kafka().retryBackoff(), cause.toString());
                        rewind(consumer, records);
                        Thread.sleep(properties.kafka().retryBackoff());
                    }
                }
            } catch (WakeupException e) {
                // stop() asked us to leave the poll: store the offsets of what was handled before leaving
                commitQuietly(consumer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Error e) {
                // a crash: closing without committing leaves every handled-but-uncommitted record to come again
                log.error("consumer thread {} stopped; its uncommitted records will be redelivered",
                        thread.getName(), e);
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }
    }

    private static void commitQuietly(KafkaConsumer<String, byte[]> consumer) {
        try {
            consumer.commitSync(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            log.debug("final offset commit failed, the records will be redelivered: {}", e.toString());
        }
    }

    private void handleBatch(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        List<Decoded> decoded = new ArrayList<>(records.count());
        List<DeadLetter> dead = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            try {
                Decoded d = decode(r);
                if (d == null) {
                    ignored.increment();
                } else {
                    decoded.add(d);
                }
            } catch (InvalidMessage e) {
                dead.add(new DeadLetter(r, e.getMessage()));
            }
        }
        try {
            tx.executeWithoutResult(s -> handleAll(decoded));
        } catch (RuntimeException batchFailure) {
            if (isTransient(batchFailure)) {
                throw new TransientFailure(batchFailure);
            }
            // one record spoiled the batch: handle each alone to find it
            for (Decoded d : decoded) {
                try {
                    tx.executeWithoutResult(s -> handleOne(d));
                } catch (RuntimeException e) {
                    if (isTransient(e)) {
                        throw new TransientFailure(e);
                    }
                    log.warn("dead-lettering {} {} from {}: {}", d.delivery.type(), d.delivery.messageId(),
                            d.record.topic(), e.toString());
                    dead.add(new DeadLetter(d.record, e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
        }
        deadLetters.publish(dead);
        deadLettered.increment(dead.size());
        afterCommit.afterDatabaseCommit(offsets);
        // asynchronous: the next poll need not wait for the broker; an offset lost to a crash or a rebalance only
        // means a redelivery, which the inbox turns into a no-op
        consumer.commitAsync(offsets, (committed, error) -> {
            if (error != null) {
                log.debug("offset commit failed, the records will be redelivered: {}", error.toString());
            }
        });
    }

    /** The whole poll in the current transaction: one inbox statement, then the first deliveries in order. */
    private void handleAll(List<Decoded> decoded) {
        Set<String> first = inbox.firstDeliveries(decoded.stream()
                .map(d -> new InboxGuard.Entry(d.delivery.messageId(), d.delivery.type(), d.message.guildId()))
                .toList());
        for (Decoded d : decoded) {
            if (first.remove(d.delivery.messageId())) {
                dispatch(d);
            } else {
                duplicates.increment();
            }
        }
    }

    private void handleOne(Decoded d) {
        if (inbox.firstDelivery(d.delivery.messageId(), d.delivery.type(), d.message.guildId())) {
            dispatch(d);
        } else {
            duplicates.increment();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Decoded d) {
        for (MessageHandler<?> h : d.handlers) {
            ((MessageHandler) h).handle(d.message, d.delivery);
        }
        handled.increment();
    }

    /** The record with its handlers, or null for another service's event that no handler here wants. */
    private Decoded decode(ConsumerRecord<String, byte[]> r) {
        String id = header(r, CloudEventHeaders.ID);
        String type = header(r, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new InvalidMessage("missing ce_id header");
        }
        if (type == null) {
            throw new InvalidMessage("missing ce_type header");
        }
        List<MessageHandler<?>> handlers = this.handlers.get(r.topic() + '|' + type);
        if (handlers == null) {
            if (!Topics.isCommands(r.topic())) {
                // another service's events: this service reads the types it needs and lets the others pass
                return null;
            }
            throw new InvalidMessage("no handler for " + type + " on " + r.topic());
        }
        Message message;
        try {
            message = codec.decode(type, r.value());
        } catch (InvalidMessage e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidMessage(type + " cannot be decoded: " + e, e);
        }
        Instant time = null;
        String ceTime = header(r, CloudEventHeaders.TIME);
        if (ceTime != null) {
            try {
                time = Instant.parse(ceTime);
            } catch (DateTimeParseException e) {
                throw new InvalidMessage("ce_time is not an RFC 3339 time: " + ceTime);
            }
        }
        Delivery delivery = new Delivery(properties.service(), id, type, header(r, CloudEventHeaders.SOURCE), time,
                r.key());
        return new Decoded(r, handlers, message, delivery);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void rewind(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).getFirst().offset());
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // connection, transaction rollback (serialization, deadlock), resources, operator intervention
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57") || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, List<MessageHandler<?>> handlers, Message message,
                           Delivery delivery) {
    }

    private static final class TransientFailure extends RuntimeException {
        TransientFailure(Throwable cause) {
            super(cause);
        }
    }
}
