package community.platform.runtime.relay;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.relay.CloudEventsTransform;
import community.platform.runtime.config.PlatformProperties;
import community.platform.runtime.metrics.StepTimers;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded Debezium outbox relay: captures inserts into the service's {@code outbox} table through one logical
 * replication slot and publication, routes each row with the outbox EventRouter and produces it to Kafka (acks=all,
 * idempotent) with CloudEvents headers. Offsets are committed only after Kafka acknowledged the records, so a crash
 * re-sends rather than loses; consumers deduplicate on {@code ce_id}.
 *
 * <p>A Debezium engine stops for good on its first failure (PostgreSQL or Kafka restarting): the supervisor thread
 * starts a new one with backoff, from the last committed offset, which keeps per-key order.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /**
     * Starts after the web server and the consumers: the slot it reads is made before them ({@link OutboxSlot}), and
     * its engine started before them slowed the whole start-up (measured: the devstack's warm start took 5 s longer).
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1000;

    private final PlatformProperties properties;
    private final Database database;
    private final String slot;
    private final Counter relayed;
    private final Timer readTimer;
    private final Timer sentTimer;
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean running;
    private volatile boolean streaming;
    private volatile DebeziumEngine<?> engine;
    private final Map<String, Object> producerSettings;
    private volatile Producer<String, byte[]> producer;
    private Thread supervisor;

    /** Connection settings of the service's database, from {@code spring.datasource.*}. */
    public record Database(String jdbcUrl, String user, String password) {
        String host() {
            return uri().getHost();
        }

        int port() {
            int port = uri().getPort();
            return port == -1 ? 5432 : port;
        }

        String name() {
            String path = uri().getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        }

        private URI uri() {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("the outbox relay needs a jdbc:postgresql:// URL, got " + jdbcUrl);
            }
            return URI.create(jdbcUrl.substring("jdbc:".length()));
        }
    }

    /**
     * @param producerSettings Spring Boot's producer settings ({@code spring.kafka.producer.*}: acks=all, idempotent,
     *                         bounded waits): each run of the engine gets a producer of its own from them, so a
     *                         failed run's unsent batches are dropped with it and re-read from the last offset
     */
    public OutboxRelay(PlatformProperties properties, Database database, Map<String, Object> producerSettings,
                       MeterRegistry meters) {
        this.properties = properties;
        this.database = database;
        this.producerSettings = Map.copyOf(producerSettings);
        // replication slots are cluster-wide: name ours after database and schema
        this.slot = OutboxSlot.name(database, properties.schema());
        this.relayed = meters.counter("platform.relay.events");
        this.readTimer = StepTimers.of("platform.relay.read",
                "outbox row written (its ce_time) -> its batch handed to the relay by Debezium", meters);
        this.sentTimer = StepTimers.of("platform.relay.sent",
                "outbox row written (its ce_time) -> its batch taken by Kafka (acknowledged)", meters);
        meters.gauge("platform.relay.restarts", restarts);
    }

    public String slotName() {
        return slot;
    }

    public boolean streaming() {
        return streaming;
    }

    public int restarts() {
        return restarts.get();
    }

    public String lastError() {
        return lastError.get();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        supervisor = new Thread(this::supervise, properties.service() + "-outbox-relay");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeEngine();
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                supervisor.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void supervise() {
        Duration backoff = properties.relay().minBackoff();
        while (running) {
            long started = System.nanoTime();
            try {
                producer = RelayProducers.factory(producerSettings, properties.service() + "-outbox-relay", Map.of())
                        .createProducer();
                DebeziumEngine<RecordChangeEvent<SourceRecord>> e = DebeziumEngine
                        .create(ChangeEventFormat.of(Connect.class))
                        .using(engineProperties())
                        .using((success, message, error) -> {
                            streaming = false;
                            if (!success) {
                                lastError.set(message + (error == null ? "" : ": " + error));
                            }
                        })
                        .notifying(this::publish)
                        .build();
                engine = e;
                streaming = true;
                e.run();
            } catch (RuntimeException e) {
                lastError.set(e.toString());
            } finally {
                streaming = false;
                closeEngine();
                closeProducer();
            }
            if (!running) {
                break;
            }
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMinutes(1)) > 0) {
                backoff = properties.relay().minBackoff();
            }
            restarts.incrementAndGet();
            log.warn("outbox relay stopped ({}); restarting in {}", lastError.get(), backoff);
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException ie) {
                break;
            }
            backoff = min(backoff.multipliedBy(2), properties.relay().maxBackoff());
        }
    }

    private void publish(List<RecordChangeEvent<SourceRecord>> batch,
                         DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        Producer<String, byte[]> p = producer;
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        List<Instant> written = new ArrayList<>(batch.size());
        for (RecordChangeEvent<SourceRecord> event : batch) {
            SourceRecord r = event.record();
            if (r.value() == null || r.topic() == null) {
                continue;
            }
            // the CloudEvents headers, as CloudEventsTransform wrote them after the EventRouter
            RecordHeaders headers = new RecordHeaders();
            for (Header h : r.headers()) {
                headers.add(h.key(), h.value() == null ? null : h.value().toString().getBytes(StandardCharsets.UTF_8));
                if (CloudEventHeaders.TIME.equals(h.key()) && h.value() != null) {
                    written.add(timeOf(h.value().toString()));
                }
            }
            String key = r.key() == null ? null : r.key().toString();
            byte[] value = r.value().toString().getBytes(StandardCharsets.UTF_8);
            sent.add(p.send(new ProducerRecord<>(r.topic(), null, key, value, headers)));
        }
        written.forEach(at -> StepTimers.since(readTimer, at));
        p.flush();
        // on failure nothing of this batch is marked processed: the next engine re-sends it, in order
        awaitAll(sent);
        written.forEach(at -> StepTimers.since(sentTimer, at));
        for (RecordChangeEvent<SourceRecord> event : batch) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        relayed.increment(sent.size());
    }

    private Properties engineProperties() {
        String schema = properties.schema();
        Properties p = new Properties();
        p.put("name", slot);
        p.put("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.put("offset.storage", JdbcOffsetStore.class.getName());
        p.put(JdbcOffsetStore.URL, database.jdbcUrl());
        p.put(JdbcOffsetStore.USER, nullToEmpty(database.user()));
        p.put(JdbcOffsetStore.PASSWORD, nullToEmpty(database.password()));
        p.put(JdbcOffsetStore.TABLE, schema + ".relay_offset");
        p.put("offset.flush.interval.ms", String.valueOf(properties.relay().offsetFlushInterval().toMillis()));
        p.put("database.hostname", database.host());
        p.put("database.port", String.valueOf(database.port()));
        p.put("database.user", nullToEmpty(database.user()));
        p.put("database.password", nullToEmpty(database.password()));
        p.put("database.dbname", database.name());
        p.put("topic.prefix", slot);
        p.put("plugin.name", "pgoutput");
        p.put("slot.name", slot);
        p.put("publication.name", slot);
        p.put("publication.autocreate.mode", "disabled");
        p.put("table.include.list", schema + ".outbox");
        p.put("snapshot.mode", "no_data");
        p.put("tombstones.on.delete", "false");
        p.put("poll.interval.ms", String.valueOf(properties.relay().pollInterval().toMillis()));
        p.put("max.batch.size", "2048");
        p.put("max.queue.size", "8192");
        // Debezium's own queue turns without waiting in the last millisecond of each poll interval (RelayQueue)
        p.put("queue.provider.type", RelayQueue.NAME);
        p.put("status.update.interval.ms", "1000");
        p.put("errors.max.retries", "0");
        p.put("transforms", "outbox,cloudevents");
        p.put("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.put("transforms.outbox.route.by.field", "aggregatetype");
        p.put("transforms.outbox.route.topic.replacement", "${routedByValue}");
        p.put("transforms.outbox.table.field.event.id", "id");
        p.put("transforms.outbox.table.field.event.key", "aggregateid");
        p.put("transforms.outbox.table.field.event.payload", "payload");
        p.put("transforms.outbox.table.fields.additional.placement",
                "id:header:" + CloudEventHeaders.ID + ",type:header:" + CloudEventHeaders.TYPE
                        + ",created_at:header:" + CloudEventHeaders.TIME);
        p.put("transforms.outbox.table.expand.json.payload", "false");
        p.put("transforms.cloudevents.type", CloudEventsTransform.class.getName());
        p.put("transforms.cloudevents." + CloudEventsTransform.SOURCE, "/" + properties.service());
        return p;
    }

    private void closeEngine() {
        DebeziumEngine<?> e = engine;
        engine = null;
        if (e != null) {
            try {
                e.close();
            } catch (Exception ex) {
                log.debug("closing the Debezium engine failed", ex);
            }
        }
    }

    /** Waits for Kafka's acknowledgement of every send; the first failure fails the batch (nothing marked sent). */
    private static void awaitAll(List<Future<RecordMetadata>> sent) throws InterruptedException {
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not take the outbox batch", e.getCause());
            }
        }
    }

    private void closeProducer() {
        Producer<String, byte[]> p = producer;
        producer = null;
        if (p != null) {
            p.close(Duration.ofSeconds(1));
        }
    }

    /** A row's ce_time, or null when it cannot be read (it is relayed as it is; the consumer refuses it). */
    private static Instant timeOf(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

}
