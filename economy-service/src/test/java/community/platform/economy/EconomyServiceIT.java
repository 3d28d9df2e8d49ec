package community.platform.economy;

import community.platform.testkit.RealInfra;
import community.platform.testkit.ServiceChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EconomyServiceIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("the economy service starts on real Kafka and PostgreSQL, is ready, exposes metrics and answers its pipeline probe")
    void startsReadyAndAnswersTheProbe() throws Exception {
        ServiceChecks.startReadyAndProbe(infra, "economy", EconomyServiceApplication.class);
    }
}
