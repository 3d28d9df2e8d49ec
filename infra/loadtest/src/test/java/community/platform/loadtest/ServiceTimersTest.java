package community.platform.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceTimersTest {

    private static final List<String> TIMERS = List.of("gateway.interaction.ack");

    private static String scrape(int under10ms, int under100ms, int under1s, int all) {
        return """
                # HELP gateway_interaction_ack_seconds interaction received -> acknowledged
                # TYPE gateway_interaction_ack_seconds histogram
                gateway_interaction_ack_seconds{quantile="0.5"} 0.004
                gateway_interaction_ack_seconds_bucket{application="gateway",le="0.01"} %d
                gateway_interaction_ack_seconds_bucket{application="gateway",le="0.1"} %d
                gateway_interaction_ack_seconds_bucket{application="gateway",le="1.0"} %d
                gateway_interaction_ack_seconds_bucket{application="gateway",le="+Inf"} %d
                gateway_interaction_ack_seconds_count{application="gateway"} %d
                gateway_interaction_recorded_seconds_bucket{application="gateway",le="0.01"} 7
                """.formatted(under10ms, under100ms, under1s, all, all);
    }

    @Test
    @DisplayName("GIVEN two readings of a cumulative histogram WHEN the later is taken since the earlier THEN its "
            + "quantiles are those of the samples between them only")
    void quantilesOfThePhaseBetweenTwoReadings() {
        ServiceTimers.Reading before = ServiceTimers.parse(scrape(1000, 1000, 1000, 1000), TIMERS);
        // then 100 samples: 50 under 10 ms, 49 more under 100 ms, 1 under 1 s
        ServiceTimers.Reading after = ServiceTimers.parse(scrape(1050, 1099, 1100, 1100), TIMERS);

        ServiceTimers.Reading phase = after.since(before);

        assertThat(phase.count("gateway.interaction.ack")).isEqualTo(100);
        assertThat(phase.quantileMs("gateway.interaction.ack", 0.5)).isEqualTo(10.0);
        assertThat(phase.quantileMs("gateway.interaction.ack", 0.99)).isEqualTo(100.0);
        assertThat(phase.quantileMs("gateway.interaction.ack", 1.0)).isEqualTo(1000.0);
    }

    @Test
    @DisplayName("GIVEN a timer with no samples in the phase WHEN its quantile is asked THEN it is NaN, not zero")
    void noSamplesNoQuantile() {
        ServiceTimers.Reading same = ServiceTimers.parse(scrape(5, 5, 5, 5), TIMERS);

        ServiceTimers.Reading phase = same.since(same);

        assertThat(phase.count("gateway.interaction.ack")).isZero();
        assertThat(phase.quantileMs("gateway.interaction.ack", 0.99)).isNaN();
        assertThat(ServiceTimers.parse("", TIMERS).quantileMs("gateway.interaction.ack", 0.5)).isNaN();
    }

    @Test
    @DisplayName("GIVEN a service's Prometheus endpoint WHEN a phase runs during the timers THEN its result comes back "
            + "with the samples its service timed while it ran, not those before it")
    void aPhaseWithWhatTheServiceTimedDuringIt() throws Exception {
        AtomicReference<String> scrape = new AtomicReference<>(scrape(1000, 1000, 1000, 1000));
        HttpServer prometheus = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        prometheus.createContext("/actuator/prometheus", exchange -> {
            byte[] body = scrape.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        prometheus.start();
        try {
            ServiceTimers timers = new ServiceTimers(URI.create("http://127.0.0.1:" + prometheus.getAddress().getPort()
                    + "/actuator/prometheus"), TIMERS);

            ServiceTimers.Measured<String> phase = timers.during(() -> {
                scrape.set(scrape(1010, 1020, 1020, 1020)); // the service timed 20 samples meanwhile
                return "paced run";
            });

            assertThat(phase.result()).isEqualTo("paced run");
            assertThat(phase.steps().count("gateway.interaction.ack")).isEqualTo(20);
            assertThat(phase.steps().quantileMs("gateway.interaction.ack", 0.99)).isEqualTo(100.0);
        } finally {
            prometheus.stop(0);
        }
    }
}
