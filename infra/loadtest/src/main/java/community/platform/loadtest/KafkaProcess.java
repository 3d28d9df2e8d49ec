package community.platform.loadtest;

import community.platform.testkit.Await;
import community.platform.testkit.Kafka;
import community.platform.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmarks' Kafka as production runs it: a broker of its own JVM ({@link KafkaBroker#main}, one KRaft node on
 * loopback), started with the heap and collector Kafka's own start scripts give it, so that the broker's pauses and
 * CPU are neither the load generator's nor counted as its. Ready when a client is answered by it.
 */
final class KafkaProcess implements Kafka {

    /**
     * {@code kafka-server-start.sh}'s heap and {@code kafka-run-class.sh}'s performance options (Apache Kafka 4):
     * G1, which Kafka is tuned and tested on, aiming at 20 ms pauses.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent", "-Djava.awt.headless=true");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Path logDir;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private ServiceProcess broker;

    private KafkaProcess(Path logDir, Path dataDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker with its data in {@code dir}/kafka and its log in {@code dir}, on free ports. */
    static KafkaProcess start(Path dir) {
        KafkaProcess kafka = new KafkaProcess(dir, dir.resolve("kafka"), KafkaBroker.freePort(), KafkaBroker.freePort());
        kafka.start();
        return kafka;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        if (broker != null) {
            return;
        }
        try {
            broker = ServiceProcess.start(KafkaBroker.class, logDir, JVM_OPTIONS, List.of(dataDir.toString(),
                    String.valueOf(port), String.valueOf(controllerPort)), this::awaitAnswer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start; see KafkaBroker.log in " + logDir, e);
        }
    }

    /** The broker answers a client (it describes its cluster) before the limit, or it never will. */
    private void awaitAnswer(Process process) {
        Await.until("Kafka to answer on " + bootstrapServers(), START_LIMIT, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see KafkaBroker.log in " + logDir);
            }
            return answers();
        });
    }

    /** The broker's process, for a {@link CpuMeter}. */
    synchronized ProcessHandle process() {
        if (broker == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return broker.process().toHandle();
    }

    /** Stops the broker as an operator would (its shutdown hook closes the logs), keeping data and ports. */
    @Override
    public synchronized void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            broker = null;
        }
    }
}
