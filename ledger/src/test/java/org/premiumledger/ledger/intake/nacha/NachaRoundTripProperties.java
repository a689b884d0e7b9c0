package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;

/** Whatever refund file we write, our own parser reads back the same entries and totals. */
class NachaRoundTripProperties {

  @Property(tries = 200)
  void everyFileWeWriteReadsBackIdentically(
      @ForAll("credits") List<Credit> credits, @ForAll @IntRange(min = 1, max = 28) int day)
      throws Exception {
    List<EntryDetail> entries = new ArrayList<>();
    for (int i = 0; i < credits.size(); i++) {
      Credit credit = credits.get(i);
      entries.add(
          new EntryDetail(
              0,
              credit.savings() ? 32 : 22,
              RoutingNumbers.withCheckDigit(credit.rdfiId()),
              credit.account(),
              credit.cents(),
              "BA-" + i,
              "HOLDER " + i,
              "  ",
              NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, i + 1),
              null));
    }
    NachaFile written =
        new NachaFile(
            NachaFixtures.header('A'),
            List.of(
                new Batch(
                    NachaFixtures.batchHeader(
                        220, "PPD", NachaFixtures.OUR_ODFI_ID, LocalDate.of(2027, 3, day), 1),
                    entries)));

    byte[] content = NachaWriter.write(written);
    NachaFile read = NachaParser.parse(content);

    assertThat(read.entries().stream().map(entry -> entry.atLine(0)).toList()).isEqualTo(entries);
    assertThat(Totals.of(read.entries())).isEqualTo(Totals.of(entries));
    assertThat(Totals.of(read.entries()).creditCents())
        .isEqualTo(credits.stream().mapToLong(Credit::cents).sum());
    assertThat(content.length % (NachaParser.RECORD_LENGTH + 1)).isZero();
    assertThat(content.length / (NachaParser.RECORD_LENGTH + 1) % 10).isZero();
  }

  @Provide
  Arbitrary<List<Credit>> credits() {
    Arbitrary<Credit> credit =
        Combinators.combine(
                Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.strings()
                    .withChars("0123456789-ABC")
                    .ofMinLength(1)
                    .ofMaxLength(17)
                    .filter(account -> !account.isBlank()),
                Arbitraries.longs().between(1, 9_999_999_999L),
                Arbitraries.of(true, false))
            .as(Credit::new);
    return credit.list().ofMinSize(1).ofMaxSize(40);
  }

  record Credit(String rdfiId, String account, long cents, boolean savings) {}
}
