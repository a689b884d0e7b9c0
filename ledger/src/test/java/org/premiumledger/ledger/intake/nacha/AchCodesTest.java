package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.AchChangeCode;
import org.premiumledger.ledger.api.AchExceptionKind;
import org.premiumledger.ledger.api.AchReturnReason;

class AchCodesTest {

  @Test
  void exceptionCodesAreUnique() {
    assertThat(Arrays.stream(AchExceptionKind.values()).map(AchExceptionKind::code))
        .doesNotHaveDuplicates();
  }

  @Test
  void theCommonReturnReasonsMeanWhatTheRulesSay() {
    assertThat(AchReturnReason.fromCode("R01").orElseThrow().meaning())
        .isEqualTo("Insufficient funds");
    assertThat(AchReturnReason.fromCode("R10").orElseThrow().isUnauthorizedDebit()).isTrue();
    assertThat(AchReturnReason.fromCode("R01").orElseThrow().isUnauthorizedDebit()).isFalse();
    assertThat(AchReturnReason.fromCode("R68").orElseThrow().isDishonoredReturn()).isTrue();
    assertThat(AchReturnReason.fromCode("R74").orElseThrow().isContestedDishonoredReturn())
        .isTrue();
    assertThat(AchReturnReason.fromCode("R99")).isEmpty();
    assertThat(AchReturnReason.values().length).isGreaterThanOrEqualTo(70);
  }

  @Test
  void correctedDataFollowsEachChangeCodesLayout() {
    assertThat(CorrectedData.of(AchChangeCode.C01, "5566778899"))
        .isEqualTo(new CorrectedData(null, "5566778899", null));
    assertThat(CorrectedData.of(AchChangeCode.C02, "026009593"))
        .isEqualTo(new CorrectedData("026009593", null, null));
    assertThat(CorrectedData.of(AchChangeCode.C03, "026009593   5566778899"))
        .isEqualTo(new CorrectedData("026009593", "5566778899", null));
    assertThat(CorrectedData.of(AchChangeCode.C05, "32"))
        .isEqualTo(new CorrectedData(null, null, 32));
    assertThat(CorrectedData.of(AchChangeCode.C06, "5566778899          32"))
        .isEqualTo(new CorrectedData(null, "5566778899", 32));
    assertThat(CorrectedData.of(AchChangeCode.C07, "0260095935566778899       37"))
        .isEqualTo(new CorrectedData("026009593", "5566778899", 37));
  }

  @Test
  void aChangeOfAccountAndTypeKeepsTheRoutingNumber() {
    NachaFile.EntryDetail noc =
        new NachaFile.EntryDetail(
            0, 26, "011000028", "123456789", 0, "BA-1", "ANA DIAZ", "  ", "026009590000001", null);

    assertThat(NachaPoster.corrected(noc, AchChangeCode.C06, "5566778899          37"))
        .isEqualTo(new BankAccounts.BankAccount("011000028", "5566778899", "savings", "ANA DIAZ"));
  }
}
