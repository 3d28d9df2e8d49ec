package community.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What every service must show: it starts, gets ready, exposes metrics and answers its pipeline probe. */
public final class ServiceChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceChecks() {
    }

    public static void startReadyAndProbe(RealInfra infra, String service, Class<?> application) throws Exception {
        startReadyAndProbe(infra, service, application, List.of());
    }

    public static void startReadyAndProbe(RealInfra infra, String service, Class<?> application, List<String> args)
            throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--platform.service=" + service));
        all.addAll(args);
        try (RunningApp app = RunningApp.start(application, infra, all);
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.eventsOf(service).name()))) {
            String base = "http://127.0.0.1:" + app.port() + "/actuator";
            awaitStatus(base + "/health/readiness", 200, Duration.ofSeconds(60), () -> { });
            assertThat(get(base + "/health/liveness").body()).contains("\"UP\"");
            assertThat(get(base + "/health").body()).contains("\"pipeline\"").contains("relayStreaming");

            String probeId = "check-" + UUID.randomUUID();
            sender.send(infra.topic(Topics.commandsOf(service).name()), probeId,
                    new SendProbe("1", probeId, 1, Instant.now()));
            var echoed = events.awaitUntil(r -> r.stream().anyMatch(e -> probeId.equals(e.key())),
                    Duration.ofSeconds(60)).stream().filter(e -> probeId.equals(e.key())).findFirst().orElseThrow();
            assertThat(echoed.ceType()).isEqualTo(MessageCatalog.PROBE_ECHOED.type());
            assertThat(echoed.header("ce_source")).isEqualTo("/" + service);

            String metrics = get(base + "/prometheus").body();
            assertThat(metrics).contains("platform_messages_total").contains("service=\"" + service + "\"");
        }
    }

    /**
     * Polls {@code url} until it answers {@code status}; {@code stillWorthWaiting} runs each round and throws to give
     * up early (the process behind the URL died). A URL that does not listen yet counts as not ready.
     */
    public static void awaitStatus(String url, int status, Duration timeout, Runnable stillWorthWaiting)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            stillWorthWaiting.run();
            try {
                HttpResponse<String> r = get(url);
                if (r.statusCode() == status) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " did not answer " + status + " within " + timeout + "; last: " + last);
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
