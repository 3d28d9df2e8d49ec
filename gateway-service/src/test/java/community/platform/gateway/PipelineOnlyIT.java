package community.platform.gateway;

import community.platform.testkit.RealInfra;
import community.platform.testkit.ServiceChecks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineOnlyIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("with gateway.discord.enabled=false the gateway runs its pipeline alone: ready, probed, no Discord")
    void withoutDiscord() throws Exception {
        ServiceChecks.startReadyAndProbe(infra, "gateway", GatewayServiceApplication.class,
                List.of("--gateway.discord.enabled=false"));
    }
}
