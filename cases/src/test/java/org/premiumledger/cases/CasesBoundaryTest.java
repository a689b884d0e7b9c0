package org.premiumledger.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cases module sees only the ledger's api, and shows others only its own api's types. */
class CasesBoundaryTest {

  /** The module's compiled classes only: scanning every jar on the class path takes long. */
  private final JavaClasses cases =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

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
