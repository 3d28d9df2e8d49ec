package community.platform.voting;

import community.platform.testkit.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    @DisplayName("the voting service uses only contracts, platform and libraries, never another service")
    void staysApartFromOtherServices() {
        ArchitectureRules.serviceStaysApart("voting");
    }
}
