package org.premiumledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md: dependencies run one way (workbench-ui, projections, cases,
 * ledger) and each module shows the others only its {@code api} package. Also: no floating point
 * anywhere in the modules that handle money.
 */
class ModuleBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.premiumledger");
  }

  @Test
  void theLedgerDependsOnNoOtherModule() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.premiumledger.ledger..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.premiumledger.cases..",
                "org.premiumledger.projections..",
                "org.premiumledger.app..");
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void casesSeeOnlyTheLedgersApi() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.premiumledger.cases..")
            .should()
            .dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are ledger internals, projections or the application",
                    target ->
                        isInternalOf(target.getPackageName(), "ledger")
                            || target.getPackageName().startsWith("org.premiumledger.projections")
                            || target.getPackageName().startsWith("org.premiumledger.app")));
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void projectionsSeeOnlyTheApisOfLedgerAndCases() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.premiumledger.projections..")
            .should()
            .dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are ledger or cases internals, or the application",
                    target ->
                        isInternalOf(target.getPackageName(), "ledger")
                            || isInternalOf(target.getPackageName(), "cases")
                            || target.getPackageName().startsWith("org.premiumledger.app")));
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void theApplicationSeesOnlyTheModulesApis() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.premiumledger.app..")
            .should()
            .dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are internals of ledger, cases or projections",
                    target ->
                        isInternalOf(target.getPackageName(), "ledger")
                            || isInternalOf(target.getPackageName(), "cases")
                            || isInternalOf(target.getPackageName(), "projections")));
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void noFieldInTheMoneyModulesIsFloatingPoint() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(
            "org.premiumledger.ledger..",
            "org.premiumledger.cases..",
            "org.premiumledger.projections..")
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(Float.class)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noMethodInTheMoneyModulesTakesOrReturnsFloatingPoint() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(
            "org.premiumledger.ledger..",
            "org.premiumledger.cases..",
            "org.premiumledger.projections..")
        .should(
            new com.tngtech.archunit.lang.ArchCondition<>("not use double or float") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaMethod method,
                  com.tngtech.archunit.lang.ConditionEvents events) {
                boolean floating =
                    isFloating(method.getRawReturnType().getName())
                        || method.getRawParameterTypes().stream()
                            .anyMatch(type -> isFloating(type.getName()));
                if (floating) {
                  events.add(
                      com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                          method, method.getFullName() + " uses floating point"));
                }
              }
            })
        .allowEmptyShould(true)
        .check(classes);
  }

  /** Local variables never reach the bytecode's signatures, so the sources are read too. */
  @Test
  void noSourceOfTheMoneyModulesMentionsFloatingPoint() throws IOException {
    Pattern floating = Pattern.compile("\\b(double|float|Double|Float)\\b");
    List<String> offences = new ArrayList<>();
    for (String module : List.of("ledger", "cases", "projections")) {
      Path sources = Path.of("..", module, "src", "main", "java");
      if (!Files.exists(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).replaceAll("//.*$|\"[^\"]*\"", "");
            boolean comment = code.trim().startsWith("*") || code.trim().startsWith("/*");
            if (!comment && floating.matcher(code).find()) {
              offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(offences).isEmpty();
  }

  private static boolean isFloating(String typeName) {
    return typeName.equals("double")
        || typeName.equals("float")
        || typeName.equals("java.lang.Double")
        || typeName.equals("java.lang.Float");
  }

  private static boolean isInternalOf(String packageName, String module) {
    String root = "org.premiumledger." + module;
    return (packageName.equals(root) || packageName.startsWith(root + "."))
        && !packageName.equals(root + ".api")
        && !packageName.startsWith(root + ".api.");
  }
}
