package community.platform.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;

/** Builds a {@link FeatureStructure} over test fixtures (production code always uses {@code of(service)}). */
public final class FeatureStructureAccess {

    private FeatureStructureAccess() {
    }

    public static FeatureStructure of(String service, String base, JavaClasses classes) {
        return new FeatureStructure(service, base, classes);
    }
}
