package community.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    @DisplayName("GIVEN ports asked for one after another, none bound yet WHEN handed out THEN each is below the "
            + "kernel's ephemeral range, bindable, and never handed out twice")
    void portsAreBelowTheEphemeralRangeAndNeverTwice() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = KafkaBroker.freePort();
            assertThat(port).isBetween(20_000, 32_767);
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int base = KafkaBroker.freePortRange(3);
        for (int port = base; port < base + 3; port++) {
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
            try (ServerSocket bound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
