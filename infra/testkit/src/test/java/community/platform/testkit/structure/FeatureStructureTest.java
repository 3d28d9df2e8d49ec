package community.platform.testkit.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import community.platform.testkit.FeatureStructure;
import community.platform.testkit.FeatureStructureAccess;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeatureStructureTest {

    static FeatureStructure fixture(String name) {
        String base = FeatureStructureTest.class.getPackageName() + "." + name;
        return FeatureStructureAccess.of(name, base, new ClassFileImporter().importPackages(base));
    }

    @Test
    @DisplayName("two feature packages that use each other are refused as a cycle, and drawn both ways")
    void cycles() {
        // GIVEN packages a and b, each using the other
        FeatureStructure cycle = fixture("cycle");
        // THEN the rule fails and the picture shows both arrows
        assertThatThrownBy(cycle::featuresFreeOfCycles).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
        assertThat(cycle.dependencies()).isEqualTo(Map.of("a", Set.of("b"), "b", Set.of("a")));
        assertThat(cycle.picture()).contains("  a --> b\n", "  b --> a\n");
    }

    @Test
    @DisplayName("a policy that touches the database is refused")
    void policyWithIo() {
        assertThatThrownBy(fixture("io")::policiesAndRenderersDoNoIo).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReadingPolicy");
    }

    @Test
    @DisplayName("a handler used from another package is refused; the handler's own package may use it")
    void handlerReachedFromOutside() {
        assertThatThrownBy(fixture("handlers")::handlersStayInTheirFeature).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Caller");
    }
}
