package community.platform.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/** Module boundaries as tests: services share contracts and platform only and never import each other. */
public final class ArchitectureRules {

    public static final List<String> SERVICES =
            List.of("gateway", "voting", "economy", "raid", "moderation", "scheduler");

    private ArchitectureRules() {
    }

    public static void serviceStaysApart(String service) {
        String own = "community.platform." + service + "..";
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("community.platform." + service);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found in " + own);
        }
        String[] others = SERVICES.stream().filter(s -> !s.equals(service))
                .map(s -> "community.platform." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(own).should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share contracts and platform only")
                .check(classes);
        noClasses().that().resideInAPackage(own).should().dependOnClassesThat()
                .resideInAnyPackage("community.platform.testkit..", "community.platform.devstack..")
                .because("test and dev infrastructure stays out of production code")
                .check(classes);
    }
}
