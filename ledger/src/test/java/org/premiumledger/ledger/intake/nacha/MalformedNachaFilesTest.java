package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premiumledger.ledger.intake.nacha.MalformedNachaFiles.Malformed;

class MalformedNachaFilesTest {

  static final List<String> ACCOUNTS = List.of("BA-1", "BA-2", "BA-3", "BA-4");

  static Stream<Malformed> corpus() {
    return MalformedNachaFiles.corpus(ACCOUNTS, 1).stream();
  }

  @Test
  void theValidFileIsValid() throws Exception {
    NachaFile file =
        NachaParser.parse(NachaWriter.write(MalformedNachaFiles.validFile(ACCOUNTS, 1)));

    assertThat(file.entries()).hasSize(4);
    assertThat(NachaWriter.records(file)).hasSize(20);
  }

  @Test
  void theCorpusHoldsAtLeastThirtyDistinctFaults() {
    assertThat(corpus().map(Malformed::fault).distinct().count()).isGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFaultIsRejectedWithItsLineAndField(Malformed malformed) {
    assertThatThrownBy(() -> NachaParser.parse(malformed.content()))
        .isInstanceOfSatisfying(
            NachaFault.class,
            fault -> {
              assertThat(fault.field()).as(fault.getMessage()).isEqualTo(malformed.field());
              assertThat(fault.line()).as(fault.getMessage()).isEqualTo(malformed.line());
              assertThat(fault.expected()).isNotBlank();
              assertThat(fault.found()).isNotBlank();
            });
  }
}
