package community.platform.gateway.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import community.platform.gateway.GatewayProperties;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The REST client JDA is given: connections are kept for the requests the gateway makes at once. */
class DiscordConnectionTest {

    private static final int AT_ONCE = 20;

    private HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(AT_ONCE);
    private final ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
    private volatile CountDownLatch arrived;
    private final AtomicInteger connectionsOpened = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            // answers only once every request of the round is in flight, so that they all hold a connection at once
            arrived.countDown();
            try {
                arrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
        callers.shutdownNow();
    }

    @Test
    @DisplayName("GIVEN the gateway's REST client WHEN 20 requests are in flight at once, twice THEN the second round reuses the 20 connections of the first and opens none")
    void keepsAConnectionForEachRequestInFlight() throws Exception {
        OkHttpClient client = DiscordConnection.httpClient(64).eventListener(new EventListener() {
            @Override
            public void connectStart(Call call, InetSocketAddress address, java.net.Proxy proxy) {
                connectionsOpened.incrementAndGet();
            }
        }).build();

        round(client);
        int first = connectionsOpened.get();
        round(client);

        assertThat(first).isEqualTo(AT_ONCE);
        assertThat(connectionsOpened.get() - first).isZero();
        assertThat(client.connectionPool().idleConnectionCount()).isEqualTo(AT_ONCE);
    }

    @Test
    @DisplayName("GIVEN gateway.discord.http-connections of 0 WHEN the settings are bound THEN the gateway does not start, and the message names the setting")
    void noConnectionsKeptIsRefused() {
        assertThatThrownBy(() -> new GatewayProperties.Discord(true, "token", "http://127.0.0.1:1/api/v10/", false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway.discord.http-connections");
    }

    /** AT_ONCE requests in flight together, each answered once all have arrived. */
    private void round(OkHttpClient client) throws Exception {
        arrived = new CountDownLatch(AT_ONCE);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/channels/1/messages";
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            answers.add(callers.submit(() -> {
                try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
                    response.body().string();
                    return response.code();
                }
            }));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        }
    }
}
