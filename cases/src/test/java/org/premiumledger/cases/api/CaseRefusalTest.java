package org.premiumledger.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaseRefusalTest {

  @Test
  void everyRefusalHasItsOwnStableCode() {
    assertThat(Arrays.stream(CaseRefusal.values()).map(CaseRefusal::code))
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("C\\d{3}"));
  }

  @Test
  void everyRefusalSaysSomethingAPersonUnderstands() {
    assertThat(CaseRefusal.values())
        .allSatisfy(refusal -> assertThat(refusal.message()).endsWith(".").hasSizeGreaterThan(20));
  }

  /** One given/when/then test per refusal: this fails when a new refusal comes without one. */
  @Test
  void everyRefusalIsProvokedByAFixtureTest() throws IOException {
    String fixtureTests =
        Files.readString(
                Path.of(
                    "src/test/java/org/premiumledger/cases/dispute/DisputeCaseLifecycleTest.java"))
            + Files.readString(
                Path.of("src/test/java/org/premiumledger/cases/dispute/DisputeCaseMoneyTest.java"));

    assertThat(CaseRefusal.values())
        .allSatisfy(
            refusal ->
                assertThat(fixtureTests)
                    .contains("refusedWith(CaseRefusal." + refusal.name() + ")"));
  }

  @Test
  void theExceptionNamesCodeReasonAndDetail() {
    CaseRefusedException refused =
        new CaseRefusedException(CaseRefusal.APPROVER_IS_REQUESTER, "sup-sam");

    assertThat(refused.getMessage())
        .isEqualTo(
            "C022 APPROVER_IS_REQUESTER: A supervisor other than the one who asked must approve"
                + " this action. (sup-sam)");
  }
}
