package org.newsift.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The core's package structure (docs/architecture.md): no package cycles, the stage contract at the bottom, the
 * assembly at the top. Before issue 13 every stage package and the contract formed one cycle (66 reported cycles),
 * because {@code org.newsift.pipeline} both defined {@code Stage} and assembled the stages.
 */
class CoreArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsift");
    }

    @Test
    void packagesFormNoCycle() {
        assertHolds(slices().matching("org.newsift.(*)..").should().beFreeOfCycles());
    }

    @Test
    void theStageContractDependsOnlyOnTheDataRecords() {
        assertHolds(classes().that().resideInAPackage("org.newsift.pipeline..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.newsift.pipeline..", "org.newsift.model..", "java.."));
    }

    @Test
    void theDataRecordsAndTextHelpersDependOnNoOtherCorePackage() {
        assertHolds(noClasses().that().resideInAnyPackage("org.newsift.model..", "org.newsift.text..").should()
                .dependOnClassesThat().resideInAnyPackage("org.newsift.pipeline..", "org.newsift.assembly..",
                        "org.newsift.nlp..", "org.newsift.lang..", "org.newsift.actors..", "org.newsift.attribution..",
                        "org.newsift.events..", "org.newsift.rhetoric..", "org.newsift.kinds..", "org.newsift.geo..",
                        "org.newsift.dates..", "org.newsift.encoding..", "org.newsift.output.."));
    }

    @Test
    void nothingInTheCoreDependsOnTheAssembly() {
        assertHolds(noClasses().that().resideOutsideOfPackage("org.newsift.assembly..").should()
                .dependOnClassesThat().resideInAPackage("org.newsift.assembly.."));
    }

    @Test
    void theStagesDoNotDependOnTheOutput() {
        assertHolds(noClasses().that().resideOutsideOfPackages("org.newsift.output..", "org.newsift.assembly..")
                .should().dependOnClassesThat().resideInAPackage("org.newsift.output.."));
    }

    private static void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(core);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }
}
