package community.platform.loadtest;

import community.platform.testkit.Kafka;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import community.platform.testkit.ServiceChecks;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A service under measurement, run as operators run it: its own JVM from its runnable jar ({@code bin/benchmark}
 * builds them), its log in the benchmark's folder, ready when its readiness probe says so (consumers assigned, the
 * outbox relay streaming). The benchmarks never load a service's classes themselves. A class of the benchmark itself
 * (a bare bot) runs the same way, from the benchmark's class path.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    /** where its actuator answers, null for a class of the benchmark's own (it has none) */
    private final URI actuator;

    /** When a started process is ready: returns then, throws if it never will be. */
    interface Readiness {
        void await(Process process) throws InterruptedException;
    }

    private ServiceProcess(Process process, URI actuator) {
        this.process = process;
        this.actuator = actuator;
    }

    /** The settings every service needs to reach the benchmark's PostgreSQL database and Kafka. */
    static List<String> infra(PostgresServer pg, String database, Kafka kafka) {
        return List.of("--spring.datasource.url=" + pg.jdbcUrl(database),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=" + PostgresServer.PASSWORD,
                "--platform.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--logging.structured.format.console=", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    static ServiceProcess start(String service, Path logDir, List<String> settings) throws Exception {
        Path root = Path.of(System.getProperty("benchmark.root", "."));
        Path jar;
        try (var files = Files.list(root.resolve(service + "-service/target"))) {
            jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + service + "-service first (bin/benchmark does)"));
        }
        int port = KafkaBroker.freePort();
        List<String> cmd = new ArrayList<>(serviceOptions());
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        cmd.addAll(settings);
        return start(service, logDir, cmd, URI.create("http://127.0.0.1:" + port + "/actuator/"),
                p -> ServiceChecks.awaitStatus("http://127.0.0.1:" + port
                + "/actuator/health/readiness", 200, START_LIMIT, () -> {
                    if (!p.isAlive()) {
                        throw new IllegalStateException(service + " exited; see " + logDir.resolve(service + ".log"));
                    }
                }));
    }

    /** Replaces the services' JVM options below, for a run that compares them (space-separated). */
    static final String JAVA_OPTS = "BENCHMARK_SERVICE_JAVA_OPTS";

    /**
     * The JVM options every service and bot runs with: the collector the service image runs
     * ({@code infra/images/service.Dockerfile}, and the devstack), so a benchmark measures what ships; or those of
     * {@link #JAVA_OPTS} when set.
     */
    static List<String> javaOptions(String replaced) {
        return replaced == null || replaced.isBlank() ? List.of("-XX:+UseSerialGC")
                : List.of(replaced.trim().split("\\s+"));
    }

    /**
     * A class of the benchmark's own class path run as its own JVM (as {@link BareBot} is), ready when {@code ready}
     * returns for it.
     */
    static ServiceProcess start(Class<?> main, Path logDir, List<String> args, Readiness ready)
            throws Exception {
        return start(main, logDir, serviceOptions(), args, ready);
    }

    /** As {@link #start(Class, Path, List, Readiness)}, with these JVM options instead of a service's. */
    static ServiceProcess start(Class<?> main, Path logDir, List<String> jvmOptions, List<String> args,
                                Readiness ready) throws Exception {
        List<String> cmd = new ArrayList<>(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(args);
        return start(main.getSimpleName(), logDir, cmd, null, ready);
    }

    private static List<String> serviceOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(javaOptions(System.getenv(JAVA_OPTS)));
        return options;
    }

    private static ServiceProcess start(String name, Path logDir, List<String> args, URI actuator,
                                        Readiness ready)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logDir.resolve(name + ".log")
                .toFile()).start();
        ServiceProcess running = new ServiceProcess(p, actuator);
        try {
            ready.await(p);
        } catch (RuntimeException | Error e) {
            running.close();
            throw e;
        }
        return running;
    }

    Process process() {
        return process;
    }

    /** The service's own timers behind {@code steps} (those publishing a percentile histogram), from its Prometheus. */
    ServiceTimers timers(List<ServiceTimers.Step> steps) {
        if (actuator == null) {
            throw new IllegalStateException("only a service has an actuator");
        }
        return new ServiceTimers(actuator.resolve("prometheus"),
                steps.stream().map(ServiceTimers.Step::timer).toList());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
