package org.premiumledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NachaDemoFileTest {

  @Test
  void routingNumbersGetTheirAbaCheckDigit() {
    // two real routing numbers: the Federal Reserve Bank of Boston and JPMorgan Chase
    assertThat(NachaDemoFile.routingNumber("01100001")).isEqualTo("011000015");
    assertThat(NachaDemoFile.routingNumber("02100002")).isEqualTo("021000021");
  }

  @Test
  void aFileHasNinetyFourCharacterRecordsControlsAndBlocking() {
    NachaDemoFile nacha = new NachaDemoFile("021000021", "1234567890");

    String file =
        nacha.write(
            LocalDate.of(2027, 1, 25),
            LocalDate.of(2027, 1, 28),
            3,
            List.of(
                new NachaDemoFile.Debit("011000015", "123456789", 10_000, "HH-00001", "Ana Diaz"),
                new NachaDemoFile.Debit("021000021", "987654321", 25_050, "HH-00002", "Bo Li")));

    List<String> records = file.lines().toList();
    assertThat(records).hasSize(10).allSatisfy(record -> assertThat(record).hasSize(94));
    assertThat(records.get(2)).startsWith("627011000015123456789        0000010000HH-00001");
    assertThat(records.get(2)).endsWith("021000020030001");
    // entry hash 01100001 + 02100002 = 3200003; debits 100.00 + 250.50
    assertThat(records.get(4)).startsWith("8225000002000320000300000003505000000000000");
    assertThat(records.get(5)).startsWith("9000001000001000000020003200003000000035050");
    assertThat(records.get(9)).isEqualTo("9".repeat(94));
  }
}
