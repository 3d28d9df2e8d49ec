package community.platform.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    @DisplayName("GIVEN no options asked for WHEN a service's JVM is started THEN it runs the collector the service "
            + "image runs")
    void theImagesCollectorByDefault() {
        assertThat(ServiceProcess.javaOptions(null)).containsExactly("-XX:+UseSerialGC");
        assertThat(ServiceProcess.javaOptions("  ")).containsExactly("-XX:+UseSerialGC");
    }

    @Test
    @DisplayName("GIVEN options asked for WHEN a service's JVM is started THEN they replace the defaults, one "
            + "argument per word")
    void askedOptionsReplaceTheDefaults() {
        assertThat(ServiceProcess.javaOptions(" -XX:+UseG1GC  -Xlog:gc ")).containsExactly("-XX:+UseG1GC", "-Xlog:gc");
    }
}
