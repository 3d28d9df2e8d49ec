package community.platform.runtime;

import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test service (nothing but the platform) against a test class's real Kafka and PostgreSQL. */
final class RunningService implements AutoCloseable {

    static final String SERVICE = "economy";

    final ConfigurableApplicationContext context;
    private final RunningApp app;

    private RunningService(RunningApp app) {
        this.app = app;
        this.context = app.context();
    }

    static RunningService start(RealInfra infra, Object... extraBeans) {
        return start(infra, List.of(), extraBeans);
    }

    static RunningService start(RealInfra infra, List<String> extraArgs, Object... extraBeans) {
        List<String> args = new java.util.ArrayList<>(
                List.of("--platform.service=" + SERVICE, "--spring.cloud.stream.bindings.platformInbound-in-0.destination="
                        + infra.topic(SERVICE + ".commands") + "," + infra.topic("scheduler.events")));
        args.addAll(extraArgs);
        return new RunningService(RunningApp.start(BackboneTestApplication.class, infra, args, extraBeans));
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    long echoes(String guildId, String probeId) {
        Long n = jdbc().query("select echoes from pipeline_probe where guild_id = ? and probe_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, guildId, probeId);
        return n == null ? 0 : n;
    }

    /** {@code /actuator/health<group>}: its HTTP status and body. */
    java.net.http.HttpResponse<String> health(String group) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + app.port() + "/actuator/health" + group)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
