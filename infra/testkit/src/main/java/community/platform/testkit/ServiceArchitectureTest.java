package community.platform.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture every service keeps, as one test class per service ({@code class ArchitectureTest extends
 * ServiceArchitectureTest}): apart from the other services, one shape inside, and the README's picture current.
 */
public abstract class ServiceArchitectureTest {

    private final String service;

    protected ServiceArchitectureTest(String service) {
        this.service = service;
    }

    @Test
    @DisplayName("the service uses only contracts, platform and libraries, never another service")
    public void staysApartFromOtherServices() {
        ArchitectureRules.serviceStaysApart(service);
    }

    @Test
    @DisplayName("feature packages never depend on each other in a circle, handlers stay in their package, policies and renderers do no I/O")
    public void oneShapeInside() {
        FeatureStructure.of(service).verify();
    }

    @Test
    @DisplayName("the README's picture of the feature packages is the code's (-Dstructure.write=true redraws it)")
    public void readmeShowsTheCode() {
        FeatureStructure.of(service).readmeShowsPicture(Path.of("README.md"));
    }
}
