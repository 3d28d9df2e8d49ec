package community.platform.testkit;

import java.util.Map;

/** Kafka 4.3 (one KRaft node) in a container of {@code local/kafka:4.3}: the same {@link KafkaBroker}, as its main. */
public final class KafkaContainer implements Kafka {

    public static final String IMAGE = "local/kafka:4.3";

    private final int port;
    private final LocalContainer container;

    private KafkaContainer(int port, int controllerPort) {
        this.port = port;
        this.container = new LocalContainer("kafka on port " + port, IMAGE,
                Map.of("KAFKA_PORT", Integer.toString(port), "KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort)),
                "KAFKA READY");
    }

    public static KafkaContainer startOnFreePorts() {
        KafkaContainer kafka = new KafkaContainer(KafkaBroker.freePort(), KafkaBroker.freePort());
        kafka.container.create();
        return kafka;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        container.start(this::answers);
    }

    @Override
    public synchronized void stop() {
        container.stop();
    }

    /** Removes the container and its data. */
    public void remove() {
        container.remove();
    }
}
