package community.platform.raid;

import community.platform.testkit.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    @DisplayName("the raid service uses only contracts, platform and libraries, never another service")
    void staysApartFromOtherServices() {
        ArchitectureRules.serviceStaysApart("raid");
    }
}
