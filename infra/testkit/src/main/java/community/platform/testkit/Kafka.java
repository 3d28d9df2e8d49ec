package community.platform.testkit;

/**
 * The Kafka broker a test talks to, embedded ({@link KafkaBroker}) or in a container ({@link KafkaContainer}): one
 * KRaft node on loopback. Stopping and starting again keeps the data and the port, as a broker restart would.
 */
public interface Kafka extends AutoCloseable {

    String bootstrapServers();

    void start();

    void stop();

    default void restart() {
        stop();
        start();
    }

    @Override
    default void close() {
        stop();
    }
}
