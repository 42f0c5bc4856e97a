package dev.inkasso.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the main code: feature packages ({@code dev.inkasso.<feature>}) depend on each other without
 * cycles, and only the engine adapter ({@code dev.inkasso.workflow.engine}) touches the engine's internal
 * {@code impl} API, which carries no compatibility promise.
 */
@AnalyzeClasses(packages = "dev.inkasso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("dev.inkasso.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEngineAdapterUsesEngineInternals = noClasses()
            .that().resideOutsideOfPackage("dev.inkasso.workflow.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");
}
