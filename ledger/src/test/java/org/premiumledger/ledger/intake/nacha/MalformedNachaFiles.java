package org.premiumledger.ledger.intake.nacha;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.PaymentAddenda;

/**
 * A corpus of malformed NACHA files: a valid file of 4 debits (lines 1-11 and 9 padding records)
 * with one fault each, and the line and field where the fault must be reported.
 */
final class MalformedNachaFiles {

  private MalformedNachaFiles() {}

  /** One faulty file and where its fault is. */
  record Malformed(String fault, byte[] content, int line, String field) {
    @Override
    public String toString() {
      return fault;
    }
  }

  /**
   * Lines: 1 file header; 2 PPD batch header (225); 3 debit with 4 its addenda; 5 savings debit; 6
   * batch control; 7 WEB batch header (200); 8 and 9 WEB debits; 10 batch control; 11 file control;
   * 12-20 padding.
   */
  static NachaFile validFile(List<String> billingAccounts, long firstTrace) {
    String odfi = NachaFixtures.OUR_ODFI_ID;
    LocalDate effective = LocalDate.of(2027, 1, 5);
    Batch ppd =
        new Batch(
            NachaFixtures.batchHeader(225, "PPD", odfi, effective, 1),
            List.of(
                NachaFixtures.debit(
                    27,
                    "011000028",
                    "123456789",
                    61_240,
                    billingAccounts.get(0),
                    NachaFixtures.trace(odfi, firstTrace),
                    new PaymentAddenda(0, "JANUARY 2027 PREMIUM")),
                NachaFixtures.debit(
                    37,
                    "026009593",
                    "987654321",
                    48_000,
                    billingAccounts.get(1),
                    NachaFixtures.trace(odfi, firstTrace + 1),
                    null)));
    Batch web =
        new Batch(
            NachaFixtures.batchHeader(200, "WEB", odfi, effective, 2),
            List.of(
                NachaFixtures.webDebit(
                    "122000247",
                    "4400123",
                    15_000,
                    billingAccounts.get(2),
                    NachaFixtures.trace(odfi, firstTrace + 2)),
                new NachaFile.EntryDetail(
                    0,
                    27,
                    "011000028",
                    "77001",
                    9_999,
                    billingAccounts.get(3),
                    "MIA WONG",
                    "R ",
                    NachaFixtures.trace(odfi, firstTrace + 3),
                    null)));
    return new NachaFile(NachaFixtures.header('A'), List.of(ppd, web));
  }

  static List<Malformed> corpus(List<String> billingAccounts, long firstTrace) {
    List<String> valid = NachaWriter.records(validFile(billingAccounts, firstTrace));
    List<Malformed> corpus = new ArrayList<>();
    Corpus add = new Corpus(valid, corpus);

    add.edit("record one character short", 3, 3, lines -> cut(lines, 3, 1), "record length");
    add.edit(
        "record one character long",
        5,
        5,
        lines -> lines.set(4, lines.get(4) + " "),
        "record length");
    add.field("file header record type 2", 1, 1, 1, "2", "record type code");
    add.field("priority code 02", 1, 2, 3, "02", "priority code");
    add.field("destination check digit wrong", 1, 13, 13, "6", "immediate destination");
    add.field("origin not a routing number", 1, 14, 23, "HEALTHCONN", "immediate origin");
    add.field("creation date month 13", 1, 24, 29, "271304", "file creation date");
    add.field("creation time 2561", 1, 30, 33, "2561", "file creation time");
    add.field("file id modifier lower case", 1, 34, 34, "a", "file ID modifier");
    add.field("record size 095", 1, 35, 37, "095", "record size");
    add.field("blocking factor 20", 1, 38, 39, "20", "blocking factor");
    add.field("format code 2", 1, 40, 40, "2", "format code");
    add.field("service class 230", 2, 2, 4, "230", "service class code");
    add.field("blank company name", 2, 5, 20, " ".repeat(16), "company name");
    add.field("SEC code CCD", 2, 51, 53, "CCD", "standard entry class code");
    add.field("effective date February 30", 2, 70, 75, "270230", "effective entry date");
    add.field("settlement day 400", 2, 76, 78, "400", "settlement date");
    add.field("originator status X", 2, 79, 79, "X", "originator status code");
    add.field("credit code in a debit-only batch", 3, 2, 3, "22", "transaction code");
    add.field("unknown transaction code 99", 3, 2, 3, "99", "transaction code");
    add.field("RDFI check digit wrong", 3, 12, 12, "9", "check digit");
    add.field(
        "RDFI identification with a letter", 5, 4, 11, "0260O959", "receiving DFI identification");
    add.field("blank account number", 3, 13, 29, " ".repeat(17), "DFI account number");
    add.field("amount with a letter", 3, 30, 39, "00000612A0", "amount");
    add.field("zero amount on a live debit", 5, 30, 39, "0000000000", "amount");
    add.field("blank individual name", 5, 55, 76, " ".repeat(22), "individual name");
    add.field("WEB payment type X", 8, 77, 78, "X ", "payment type code");
    add.field("addenda indicator 2", 5, 79, 79, "2", "addenda record indicator");
    add.field("trace not led by the ODFI", 3, 80, 87, "02100003", "trace number");
    add.field("trace repeated in the file", 9, 80, 94, valid.get(7).substring(79), "trace number");
    add.field("trace out of order", 5, 88, 94, "0000000", "trace number");
    add.field("addenda announced but missing", 5, 79, 79, "1", "record type code", 6);
    add.field("addenda not announced", 3, 79, 79, "0", "record type code", 4);
    add.field("addenda type 99 on a debit", 4, 2, 3, "99", "addenda type code");
    add.field("addenda sequence 0002", 4, 84, 87, "0002", "addenda sequence number");
    add.field("addenda entry sequence wrong", 4, 88, 94, "9999999", "entry detail sequence number");
    add.field("batch control service class", 6, 2, 4, "200", "service class code");
    add.field("batch entry/addenda count", 6, 5, 10, "000004", "entry/addenda count");
    add.field("batch entry hash", 6, 11, 20, "0000000001", "entry hash");
    add.field("batch total debits", 6, 21, 32, "000000109241", "total debit entry dollar amount");
    add.field("batch total credits", 6, 33, 44, "000000000001", "total credit entry dollar amount");
    add.field("batch company id", 6, 45, 54, "9999999999", "company identification");
    add.field("batch control ODFI", 6, 80, 87, "02100003", "originating DFI identification");
    add.field("batch control number", 6, 88, 94, "0000009", "batch number");
    add.field("batch numbers not ascending", 7, 88, 94, "0000001", "batch number");
    add.field("file batch count", 11, 2, 7, "000003", "batch count");
    add.field("file block count", 11, 8, 13, "000003", "block count");
    add.field("file entry/addenda count", 11, 14, 21, "00000006", "entry/addenda count");
    add.field("file entry hash", 11, 22, 31, "0000000000", "entry hash");
    add.field("file total debits", 11, 32, 43, "000000000001", "total debit entry dollar amount");
    add.field("file total credits", 11, 44, 55, "000000000001", "total credit entry dollar amount");
    add.field("file control reserved", 11, 90, 94, "XXXXX", "reserved");
    add.field("padding with an 8", 12, 50, 50, "8", "padding");
    add.edit("last padding record missing", 19, 19, lines -> lines.remove(19), "blocking factor");
    add.edit(
        "a whole block of padding too many",
        21,
        11,
        lines -> lines.addAll(java.util.Collections.nCopies(10, NachaParser.PADDING)),
        "block count");
    add.edit("batch header missing", 7, 7, lines -> lines.remove(6), "record type code");
    add.edit("batch control missing", 6, 6, lines -> lines.remove(5), "record type code");
    add.edit("file control missing", 11, 11, lines -> lines.remove(10), "batch count");
    add.edit("empty line inside", 5, 5, lines -> lines.add(4, ""), "record length");
    add.raw("a byte outside ASCII", 5, "character", bytes(valid, "\n"), 4, 20, (byte) 0xC3);
    add.raw("a CRLF line in an LF file", 3, "line end", crlfOnLine(valid, 3), -1, 0, (byte) 0);
    return corpus;
  }

  private static void cut(List<String> lines, int line, int characters) {
    String text = lines.get(line - 1);
    lines.set(line - 1, text.substring(0, text.length() - characters));
  }

  private static byte[] bytes(List<String> lines, String lineEnd) {
    return (String.join(lineEnd, lines) + lineEnd).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] crlfOnLine(List<String> lines, int line) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append(i == line - 1 ? "\r\n" : "\n");
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Collects one mutation after another, each from the same valid file. */
  private record Corpus(List<String> valid, List<Malformed> corpus) {

    void field(String fault, int line, int start, int end, String text, String field) {
      field(fault, line, start, end, text, field, line);
    }

    void field(
        String fault, int line, int start, int end, String text, String field, int reported) {
      edit(
          fault,
          line,
          reported,
          lines -> {
            String record = lines.get(line - 1);
            lines.set(line - 1, record.substring(0, start - 1) + text + record.substring(end));
          },
          field);
    }

    void edit(
        String fault, int lineEdited, int lineReported, Consumer<List<String>> edit, String field) {
      List<String> lines = new ArrayList<>(valid);
      edit.accept(lines);
      corpus.add(new Malformed(fault, bytes(lines, "\n"), lineReported, field));
    }

    void raw(
        String fault,
        int line,
        String field,
        byte[] content,
        int lineIndex,
        int column,
        byte value) {
      byte[] copy = content.clone();
      if (lineIndex >= 0) {
        copy[lineIndex * 95 + column] = value;
      }
      corpus.add(new Malformed(fault, copy, line, field));
    }
  }
}
