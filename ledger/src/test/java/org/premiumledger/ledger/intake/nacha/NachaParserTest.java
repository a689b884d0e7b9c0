package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.PaymentAddenda;

class NachaParserTest {

  /** A file typed by hand: one PPD debit of $123.45, controls worked out on paper. */
  static final String HAND_WRITTEN =
      String.join(
              "\n",
              "101 011000015 0210000212701040930A094101FEDERAL RESERVE BANK   "
                  + "HEALTH CONNECTOR       "
                  + "        ",
              "5225HEALTH CONNECTOR                    1234567890PPDPREMIUM         270105   1"
                  + "021000020000001",
              "627011000028123456789        0000012345BA-1001        ANA DIAZ                0"
                  + "021000020000001",
              "822500000100011000020000000123450000000000001234567890                         "
                  + "021000020000001",
              "9000001000001000000010001100002000000012345000000000000                       "
                  + "                ",
              NachaParser.PADDING,
              NachaParser.PADDING,
              NachaParser.PADDING,
              NachaParser.PADDING,
              NachaParser.PADDING)
          + "\n";

  @Test
  void readsAHandWrittenFile() throws Exception {
    NachaFile file = NachaParser.parse(HAND_WRITTEN.getBytes(StandardCharsets.US_ASCII));

    assertThat(file.batches()).hasSize(1);
    EntryDetail entry = file.entries().get(0);
    assertThat(entry.line()).isEqualTo(3);
    assertThat(entry.transactionCode()).isEqualTo(27);
    assertThat(entry.rdfiRoutingNumber()).isEqualTo("011000028");
    assertThat(entry.accountNumber()).isEqualTo("123456789");
    assertThat(entry.amountCents()).isEqualTo(12_345);
    assertThat(entry.individualId()).isEqualTo("BA-1001");
    assertThat(entry.traceNumber()).isEqualTo("021000020000001");
    assertThat(file.batches().get(0).header().effectiveEntryDate())
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void acceptsCrlfAndNoTrailingLineEnd() throws Exception {
    String crlf = HAND_WRITTEN.replace("\n", "\r\n");
    String noTrailing = HAND_WRITTEN.substring(0, HAND_WRITTEN.length() - 1);

    assertThat(NachaParser.parse(crlf.getBytes(StandardCharsets.US_ASCII)).entries()).hasSize(1);
    assertThat(NachaParser.parse(noTrailing.getBytes(StandardCharsets.US_ASCII)).entries())
        .hasSize(1);
  }

  @Test
  void writesWhatItReadsBack() throws Exception {
    NachaFile file = NachaParser.parse(HAND_WRITTEN.getBytes(StandardCharsets.US_ASCII));

    assertThat(new String(NachaWriter.write(file), StandardCharsets.US_ASCII))
        .isEqualTo(HAND_WRITTEN);
  }

  @Test
  void routingNumberCheckDigitsFollowTheAbaWeights() {
    // 0*3 + 2*7 + 1*1 + 0*3 + 0*7 + 0*1 + 0*3 + 2*7 = 29, so the check digit is 1
    assertThat(RoutingNumbers.checkDigit("02100002")).isEqualTo(1);
    assertThat(RoutingNumbers.isValid("021000021")).isTrue();
    assertThat(RoutingNumbers.isValid("021000022")).isFalse();
    assertThat(RoutingNumbers.isValid("12200024")).isFalse();
  }

  @Test
  void theEntryHashKeepsTheRightmostTenDigits() {
    List<EntryDetail> entries =
        List.of(
            NachaFixtures.debit(27, "999999995", "1", 1, "A", "999999990000001", null),
            NachaFixtures.debit(27, "999999995", "1", 1, "A", "999999990000002", null));

    // 99999999 * 2 = 199999998: under ten digits, kept whole
    assertThat(Totals.of(entries).entryHash()).isEqualTo(199_999_998L);
    List<EntryDetail> many =
        java.util.Collections.nCopies(
            101, NachaFixtures.debit(27, "999999995", "1", 1, "A", "999999990000001", null));
    // 99999999 * 101 = 10099999899: the leading 1 falls off
    assertThat(Totals.of(many).entryHash()).isEqualTo(99_999_899L);
  }

  @Test
  void anAddendaRoundTrips() throws Exception {
    EntryDetail withAddenda =
        NachaFixtures.debit(
            27,
            "011000028",
            "55-1234",
            5_000,
            "BA-7",
            NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, 9),
            new PaymentAddenda(0, "JANUARY PREMIUM"));
    NachaFile file =
        new NachaFile(
            NachaFixtures.header('B'),
            List.of(
                new Batch(
                    NachaFixtures.batchHeader(
                        200, "PPD", NachaFixtures.OUR_ODFI_ID, LocalDate.of(2027, 2, 1), 3),
                    List.of(withAddenda))));

    NachaFile read = NachaParser.parse(NachaWriter.write(file));

    assertThat(read.entries().get(0).atLine(0)).isEqualTo(withAddenda);
  }

  @Test
  void recognizesAFileByItsFileHeader() {
    byte[] lf = HAND_WRITTEN.getBytes(StandardCharsets.US_ASCII);
    byte[] crlf = HAND_WRITTEN.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] csv = "billing_account_id,amount\nBA-1,12.00\n".getBytes(StandardCharsets.US_ASCII);
    byte[] shortHeader = HAND_WRITTEN.substring(0, 93).concat("\n").getBytes();

    assertThat(NachaImporter.startsWithFileHeader(lf)).isTrue();
    assertThat(NachaImporter.startsWithFileHeader(crlf)).isTrue();
    assertThat(NachaImporter.startsWithFileHeader(csv)).isFalse();
    assertThat(NachaImporter.startsWithFileHeader(shortHeader)).isFalse();
  }

  @Test
  void anEmptyFileIsRejectedAtLineOne() {
    assertThatThrownBy(() -> NachaParser.parse(new byte[0]))
        .isInstanceOfSatisfying(NachaFault.class, fault -> assertThat(fault.line()).isEqualTo(1));
  }
}
