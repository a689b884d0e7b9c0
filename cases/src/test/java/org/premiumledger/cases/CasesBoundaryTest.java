package org.premiumledger.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The cases module sees only the ledger's api, and shows others only its own api's types. */
class CasesBoundaryTest {

  private final JavaClasses cases =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.premiumledger.cases");

  @Test
  void casesUseOnlyTheLedgersApi() {
    noClasses()
        .that()
        .resideInAPackage("org.premiumledger.cases..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.premiumledger.ledger..")
                .and(not(resideInAPackage("org.premiumledger.ledger.api.."))))
        .check(cases);
  }

  @Test
  void theApiDependsOnNothingInsideTheModule() {
    noClasses()
        .that()
        .resideInAPackage("org.premiumledger.cases.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.premiumledger.cases.dispute..",
            "org.premiumledger.cases.detection..",
            "org.premiumledger.cases.money..",
            "org.premiumledger.cases.notify..",
            "org.premiumledger.cases.view..",
            "org.premiumledger.cases.deadline..",
            "org.premiumledger.cases.platform..")
        .check(cases);
  }
}
