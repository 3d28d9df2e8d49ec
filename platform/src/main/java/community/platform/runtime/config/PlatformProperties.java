package community.platform.runtime.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares, under {@code platform.*}. Each service sets {@code platform.service}; the rest have
 * defaults that suit the devstack.
 *
 * @param service name of the service ("economy"): its topics are {@code <service>.commands} and
 *                {@code <service>.events}, its schema is {@code <service>} unless {@code schema} says otherwise
 */
@ConfigurationProperties("platform")
public record PlatformProperties(
        String service,
        String schema,
        @DefaultValue Kafka kafka,
        @DefaultValue Relay relay,
        @DefaultValue Time time,
        @DefaultValue Outbox outbox,
        @DefaultValue Backup backup) {

    public PlatformProperties {
        if (service == null || !service.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException(
                    "platform.service must be set to a lower-case service name such as 'economy', got " + service);
        }
        if (schema == null || schema.isBlank()) {
            schema = service;
        }
    }

    /**
     * @param topicPrefix     prepended to every topic name (test isolation, several systems on one cluster)
     * @param consumerThreads consumers per service instance; each owns some partitions, keys never run concurrently
     * @param maxPollRecords  records handled in one database transaction at most
     * @param partitions      partitions of the topics a service creates when they are missing
     * @param retryBackoff    first wait before a poll that failed for a passing reason (the database away) is tried
     *                        again; it doubles up to {@code maxRetryBackoff} and never gives up
     * @param unhealthyAfter  how long the consumer may keep failing before its health is OUT_OF_SERVICE
     * @param repliesLinger   how long the producer of reads' answers ({@code DirectReplies}) gathers the answers of
     *                        several polls into one request, as Debezium's poll interval gathers the relay's (economy's
     *                        paced reads at 400/s: p99 302-732 ms with a request per poll, 442 at 5 ms, 258 at 10 ms)
     */
    public record Kafka(
            @DefaultValue("127.0.0.1:9092") String bootstrapServers,
            @DefaultValue("") String topicPrefix,
            @DefaultValue("1") int consumerThreads,
            @DefaultValue("500") int maxPollRecords,
            @DefaultValue("6") int partitions,
            @DefaultValue("1s") Duration retryBackoff,
            @DefaultValue("10s") Duration maxRetryBackoff,
            @DefaultValue("10s") Duration unhealthyAfter,
            @DefaultValue("10ms") Duration repliesLinger) {
    }

    /**
     * @param pollInterval Debezium's poll interval: its 500 ms default dominates end-to-end latency
     * @param maxBackoff   longest wait between restarts of a failed relay
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10ms") Duration pollInterval,
            @DefaultValue("1s") Duration offsetFlushInterval,
            @DefaultValue("500ms") Duration minBackoff,
            @DefaultValue("10s") Duration maxBackoff) {
    }

    /**
     * @param scale how many seconds of platform time pass per real second (demos and tests run days in minutes)
     * @param since the real instant from which time runs faster (default: the service's start); give every service
     *              the same one so they agree on the platform time
     */
    public record Time(@DefaultValue("1.0") double scale, java.time.Instant since) {
        public Time {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("platform.time.scale must be > 0, got " + scale);
            }
        }
    }

    /**
     * @param location folder of the snapshots; each service writes under {@code <location>/<service>/}; by default
     *                 {@link #defaultLocation()}, never the working directory (a service started from its module
     *                 folder would write into the source tree)
     * @param keep     snapshots kept per service; older ones are deleted after each new one
     * @param enabled  false ignores backup ticks (the service still starts)
     */
    public record Backup(
            java.nio.file.Path location,
            @DefaultValue("7") int keep,
            @DefaultValue("true") boolean enabled) {
        public Backup {
            if (keep < 1) {
                throw new IllegalArgumentException("platform.backup.keep must be >= 1, got " + keep);
            }
            if (location == null) {
                location = defaultLocation();
            }
        }

        /** {@code ~/.local/share/community-platform/backups}: the user's data folder, as the XDG layout has it. */
        public static java.nio.file.Path defaultLocation() {
            return java.nio.file.Path.of(System.getProperty("user.home"), ".local", "share", "community-platform",
                    "backups");
        }
    }

    /** @param retention how long relayed outbox rows are kept for audits and contract tests */
    public record Outbox(@DefaultValue("24h") Duration retention) {
    }
}
