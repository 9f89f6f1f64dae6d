package org.epiguard.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modular monolith of DESIGN.md: each module is a package org.epiguard.&lt;module&gt; whose top level
 * holds its public types (facades, records, events) and whose {@code internal} package holds the rest.
 * Another module may use only the public types; {@code platform} is shared infrastructure.
 */
class ModuleBoundaryTest {

    static final String ROOT = "org.epiguard";
    static final Set<String> KNOWN = Set.of("platform", "geo", "people", "access", "testing", "cases", "tracing",
            "isolation", "vaccination", "situation", "interop", "imports", "demo");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    static Set<String> modules() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().startsWith(ROOT + ".") ? c.getPackageName().substring(ROOT.length() + 1) : "";
            if (!rest.isEmpty()) {
                found.add(rest.split("\\.")[0]);
            }
        }
        return found;
    }

    @Test
    void every_package_is_a_module_of_the_design() {
        assertThat(modules()).isNotEmpty().allSatisfy(m -> assertThat(KNOWN).contains(m));
        assertThat(classes.stream().filter(c -> c.getPackageName().equals(ROOT)).map(JavaClass::getSimpleName))
                .containsOnly("EpiGuardApplication");
    }

    @Test
    void no_module_reaches_into_another_modules_internals() {
        for (String module : modules()) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + ".internal..")
                    .because("other modules may use only the public types of " + module)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void the_shared_platform_depends_on_no_module_internals_and_no_business_module() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".people..", ROOT + ".testing..", ROOT + ".cases..", ROOT + ".tracing..",
                        ROOT + ".isolation..", ROOT + ".vaccination..", ROOT + ".situation..", ROOT + ".demo..")
                .check(classes);
    }

    @Test
    void controllers_and_repositories_live_in_internal_packages() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().resideOutsideOfPackages(ROOT + "..internal..", ROOT + ".platform..")
                .check(classes);
    }
}
