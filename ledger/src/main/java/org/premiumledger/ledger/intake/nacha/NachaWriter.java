package org.premiumledger.ledger.intake.nacha;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.premiumledger.ledger.intake.nacha.NachaFile.Addenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.BatchHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.FileHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.PaymentAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;

/**
 * Writes a NACHA file: computes the batch and file controls, blocks it with records of nines and
 * ends every record with LF. A value too long for its field is a programmer error, not truncated.
 */
final class NachaWriter {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private NachaWriter() {}

  static byte[] write(NachaFile file) {
    StringBuilder out = new StringBuilder();
    for (String record : records(file)) {
      out.append(record).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static List<String> records(NachaFile file) {
    List<String> records = new ArrayList<>();
    records.add(fileHeader(file.header()));
    for (Batch batch : file.batches()) {
      records.add(batchHeader(batch.header()));
      for (EntryDetail entry : batch.entries()) {
        records.add(entry(entry));
        if (entry.addenda() != null) {
          records.add(addenda(entry.addenda(), entry.traceNumber()));
        }
      }
      records.add(batchControl(batch));
    }
    int withControl = records.size() + 1;
    int blocks = (withControl + NachaParser.BLOCKING_FACTOR - 1) / NachaParser.BLOCKING_FACTOR;
    records.add(fileControl(file, blocks));
    while (records.size() % NachaParser.BLOCKING_FACTOR != 0) {
      records.add(NachaParser.PADDING);
    }
    return records;
  }

  private static String fileHeader(FileHeader header) {
    String origin = header.immediateOrigin();
    return record(
        "1",
        "01",
        " " + header.immediateDestination(),
        origin.length() == 9 ? " " + origin : origin,
        header.creationDate().format(YYMMDD),
        header.creationTime() == null ? "    " : header.creationTime().format(HHMM),
        String.valueOf(header.fileIdModifier()),
        "094",
        "10",
        "1",
        alpha(header.destinationName(), 23),
        alpha(header.originName(), 23),
        alpha(header.referenceCode(), 8));
  }

  private static String batchHeader(BatchHeader header) {
    return record(
        "5",
        String.valueOf(header.serviceClassCode()),
        alpha(header.companyName(), 16),
        alpha(header.discretionaryData(), 20),
        alpha(header.companyId(), 10),
        header.secCode(),
        alpha(header.entryDescription(), 10),
        alpha(header.descriptiveDate(), 6),
        header.effectiveEntryDate().format(YYMMDD),
        alpha(header.settlementDay(), 3),
        String.valueOf(header.originatorStatusCode()),
        numeric(header.odfiId(), 8),
        number(header.batchNumber(), 7));
  }

  private static String entry(EntryDetail entry) {
    return record(
        "6",
        number(entry.transactionCode(), 2),
        numeric(entry.rdfiRoutingNumber(), 9),
        alpha(entry.accountNumber(), 17),
        number(entry.amountCents(), 10),
        alpha(entry.individualId(), 15),
        alpha(entry.individualName(), 22),
        alpha(entry.discretionaryData(), 2),
        entry.addenda() == null ? "0" : "1",
        numeric(entry.traceNumber(), 15));
  }

  private static String addenda(Addenda addenda, String trace) {
    if (addenda instanceof PaymentAddenda payment) {
      return record(
          "7", "05", alpha(payment.paymentRelatedInformation(), 80), "0001", trace.substring(8));
    }
    if (addenda instanceof ReturnAddenda returned) {
      return record(
          "7",
          "99",
          returned.reasonCode(),
          numeric(returned.originalTraceNumber(), 15),
          returned.dateOfDeath() == null ? "      " : returned.dateOfDeath().format(YYMMDD),
          numeric(returned.originalRdfiId(), 8),
          alpha(returned.information(), 44),
          trace);
    }
    ChangeAddenda change = (ChangeAddenda) addenda;
    return record(
        "7",
        "98",
        change.changeCode(),
        numeric(change.originalTraceNumber(), 15),
        "      ",
        numeric(change.originalRdfiId(), 8),
        alpha(change.correctedData(), 29),
        " ".repeat(15),
        trace);
  }

  private static String batchControl(Batch batch) {
    BatchHeader header = batch.header();
    Totals totals = Totals.of(batch.entries());
    return record(
        "8",
        String.valueOf(header.serviceClassCode()),
        number(totals.entryAndAddendaCount(), 6),
        number(totals.entryHash(), 10),
        number(totals.debitCents(), 12),
        number(totals.creditCents(), 12),
        alpha(header.companyId(), 10),
        " ".repeat(19),
        " ".repeat(6),
        numeric(header.odfiId(), 8),
        number(header.batchNumber(), 7));
  }

  private static String fileControl(NachaFile file, int blocks) {
    Totals totals = Totals.of(file.entries());
    return record(
        "9",
        number(file.batches().size(), 6),
        number(blocks, 6),
        number(totals.entryAndAddendaCount(), 8),
        number(totals.entryHash(), 10),
        number(totals.debitCents(), 12),
        number(totals.creditCents(), 12),
        " ".repeat(39));
  }

  private static String record(String... fields) {
    String record = String.join("", fields);
    if (record.length() != NachaParser.RECORD_LENGTH) {
      throw new IllegalStateException(
          "a NACHA record must have 94 characters, this one has " + record.length());
    }
    return record;
  }

  /** Left-justified, blank-filled; refuses what does not fit. */
  static String alpha(String value, int width) {
    String text = value == null ? "" : value;
    if (text.length() > width) {
      throw new IllegalArgumentException(
          "'" + text + "' does not fit a field of " + width + " characters");
    }
    return text + " ".repeat(width - text.length());
  }

  private static String numeric(String digits, int width) {
    if (!digits.matches("\\d{" + width + "}")) {
      throw new IllegalArgumentException("expected " + width + " digits, found '" + digits + "'");
    }
    return digits;
  }

  private static String number(long value, int width) {
    String digits = Long.toString(value);
    if (value < 0 || digits.length() > width) {
      throw new IllegalArgumentException(value + " does not fit " + width + " digits");
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
