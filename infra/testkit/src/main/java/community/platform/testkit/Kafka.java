package community.platform.testkit;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The Kafka broker a test talks to, embedded ({@link KafkaBroker}) or in a container ({@link KafkaContainer}): one
 * KRaft node on loopback. Stopping and starting again keeps the data and the port, as a broker restart would.
 */
public interface Kafka extends AutoCloseable {

    String bootstrapServers();

    void start();

    void stop();

    /** Whether the broker answers a client now: it describes its cluster within a few seconds. */
    default boolean answers() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000))) {
            return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException notYet) {
            return false;
        }
    }

    default void restart() {
        stop();
        start();
    }

    @Override
    default void close() {
        stop();
    }
}
