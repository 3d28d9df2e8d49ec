package community.platform.gateway;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.testkit.RealInfra;
import community.platform.testkit.ServiceChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GatewayServiceIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("the gateway service starts on real Kafka and PostgreSQL, is ready, exposes metrics and answers its pipeline probe")
    void startsReadyAndAnswersTheProbe() throws Exception {
        try (DiscordEmulator discord = DiscordEmulator.start()) {
            ServiceChecks.startReadyAndProbe(infra, "gateway", GatewayServiceApplication.class,
                    java.util.List.of("--gateway.discord.rest-url=" + discord.restUrl(),
                            "--gateway.discord.token=" + discord.token()));
        }
    }
}
