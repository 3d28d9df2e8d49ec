package community.platform.raid;

import community.platform.testkit.RealInfra;
import community.platform.testkit.ServiceChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RaidServiceIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("the raid service starts on real Kafka and PostgreSQL, is ready, exposes metrics and answers its pipeline probe")
    void startsReadyAndAnswersTheProbe() throws Exception {
        ServiceChecks.startReadyAndProbe(infra, "raid", RaidServiceApplication.class);
    }
}
