package org.premiumledger.ledger.intake.nacha;

import static org.premiumledger.ledger.intake.nacha.NachaRecord.quoted;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.premiumledger.ledger.api.AchChangeCode;
import org.premiumledger.ledger.api.AchReturnReason;
import org.premiumledger.ledger.intake.nacha.NachaFile.Addenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.BatchHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.FileHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.PaymentAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;

/**
 * Reads a NACHA file and checks it to the letter of the format: 94-character records in order,
 * blocking, control counts, entry hashes and totals, routing-number check digits, transaction codes
 * by service class, SEC codes, addenda and trace numbers. The first fault found stops it: a file
 * with any fault is rejected whole.
 */
final class NachaParser {

  static final int RECORD_LENGTH = 94;
  static final int BLOCKING_FACTOR = 10;
  static final long ENTRY_HASH_MODULUS = 10_000_000_000L;
  static final String PADDING = "9".repeat(RECORD_LENGTH);
  static final Set<String> SEC_CODES = Set.of("PPD", "WEB", "COR");

  private final List<NachaRecord> records;
  private int next;
  private final Set<String> traceNumbers = new HashSet<>();
  private int lastBatchNumber;

  private NachaParser(List<NachaRecord> records) {
    this.records = records;
  }

  static NachaFile parse(byte[] content) throws NachaFault {
    return new NachaParser(records(content)).file();
  }

  /** Splits the content into records: LF or CRLF throughout, a trailing line end allowed. */
  static List<NachaRecord> records(byte[] content) throws NachaFault {
    requirePrintableAscii(content);
    String text = new String(content, StandardCharsets.US_ASCII);
    if (text.isEmpty()) {
      throw new NachaFault(1, "record", "a file header record (1)", "an empty file");
    }

    String[] parts = text.split("\n", -1);
    boolean endsWithLineEnd = parts.length > 1 && parts[parts.length - 1].isEmpty();
    int count = endsWithLineEnd ? parts.length - 1 : parts.length;
    Boolean crlf = null;
    List<NachaRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String line = parts[i];
      int lineNumber = i + 1;
      if (i < parts.length - 1) {
        boolean endsWithCr = line.endsWith("\r");
        if (crlf == null) {
          crlf = endsWithCr;
        } else if (endsWithCr != crlf) {
          throw new NachaFault(
              lineNumber,
              "line end",
              (crlf ? "CRLF" : "LF") + ", as on line 1",
              endsWithCr ? "CRLF" : "LF");
        }
        if (endsWithCr) {
          line = line.substring(0, line.length() - 1);
        }
      }
      if (line.indexOf('\r') >= 0) {
        throw new NachaFault(
            lineNumber,
            "character",
            "printable ASCII",
            "a carriage return at position " + (line.indexOf('\r') + 1));
      }
      if (line.length() != RECORD_LENGTH) {
        throw new NachaFault(
            lineNumber,
            "record length",
            RECORD_LENGTH + " characters",
            line.length() + " characters");
      }
      records.add(new NachaRecord(lineNumber, line));
    }
    return records;
  }

  private static void requirePrintableAscii(byte[] content) throws NachaFault {
    int line = 1;
    int position = 1;
    for (byte b : content) {
      if (b == '\n') {
        line++;
        position = 1;
        continue;
      }
      if (b != '\r' && (b < 0x20 || b > 0x7E)) {
        throw new NachaFault(
            line,
            "character",
            "printable ASCII",
            String.format("byte 0x%02X at position %d", b & 0xFF, position));
      }
      position++;
    }
  }

  private NachaFile file() throws NachaFault {
    FileHeader header = fileHeader(take());

    List<Batch> batches = new ArrayList<>();
    while (peekType() == '5') {
      batches.add(batch());
    }
    if (batches.isEmpty() || peekType() != '9') {
      NachaRecord found = peek();
      String expected =
          batches.isEmpty() ? "a batch header (5)" : "a batch header (5) or the file control (9)";
      throw new NachaFault(
          found == null ? records.size() + 1 : found.line(),
          "record type code",
          expected,
          found == null ? "the end of the file" : quoted(String.valueOf(found.type())));
    }

    fileControl(take(), batches);
    padding();
    return new NachaFile(header, batches);
  }

  private FileHeader fileHeader(NachaRecord record) throws NachaFault {
    if (record.type() != '1') {
      throw record.fault(
          "record type code", "'1' (file header)", quoted(String.valueOf(record.type())));
    }
    record.literal("priority code", 2, 3, "01");
    String destination = record.field(4, 13);
    if (destination.charAt(0) != ' ' || !RoutingNumbers.isValid(destination.substring(1))) {
      throw record.fault(
          "immediate destination",
          "a blank and a 9-digit routing number with a valid check digit",
          quoted(destination));
    }
    String origin = record.field(14, 23);
    boolean routingOrigin = origin.charAt(0) == ' ' && RoutingNumbers.isValid(origin.substring(1));
    if (!routingOrigin && !origin.matches("\\d{10}")) {
      throw record.fault(
          "immediate origin",
          "a blank and a 9-digit routing number with a valid check digit, or 10 digits",
          quoted(origin));
    }
    LocalDate created = record.date("file creation date", 24, 29);
    var createdAt = record.optionalTime("file creation time", 30, 33);
    char modifier = record.field(34, 34).charAt(0);
    if (!Character.isDigit(modifier) && (modifier < 'A' || modifier > 'Z')) {
      throw record.fault("file ID modifier", "A-Z or 0-9", quoted(String.valueOf(modifier)));
    }
    record.literal("record size", 35, 37, "094");
    record.literal("blocking factor", 38, 39, "10");
    record.literal("format code", 40, 40, "1");
    return new FileHeader(
        destination.substring(1),
        origin.strip(),
        created,
        createdAt,
        modifier,
        record.text("immediate destination name", 41, 63),
        record.text("immediate origin name", 64, 86),
        record.text("reference code", 87, 94));
  }

  private Batch batch() throws NachaFault {
    BatchHeader header = batchHeader(take());
    List<EntryDetail> entries = new ArrayList<>();
    String lastTrace = null;
    while (peekType() == '6') {
      EntryDetail entry = entry(take(), header, lastTrace);
      lastTrace = entry.traceNumber();
      entries.add(entry);
    }
    NachaRecord control = peek();
    if (entries.isEmpty() || control == null || control.type() != '8') {
      String expected =
          entries.isEmpty()
              ? "an entry detail record (6)"
              : "an entry (6), an addenda (7) announced by its entry, or the batch control (8)";
      throw new NachaFault(
          control == null ? records.size() + 1 : control.line(),
          "record type code",
          expected,
          control == null ? "the end of the file" : quoted(String.valueOf(control.type())));
    }
    batchControl(take(), header, entries);
    return new Batch(header, entries);
  }

  private BatchHeader batchHeader(NachaRecord record) throws NachaFault {
    int serviceClass = (int) record.number("service class code", 2, 4);
    if (serviceClass != 200 && serviceClass != 220 && serviceClass != 225) {
      throw record.fault(
          "service class code",
          "200 (mixed), 220 (credits only) or 225 (debits only)",
          quoted(record.field(2, 4)));
    }
    String companyName = record.required("company name", 5, 20);
    String discretionary = record.text("company discretionary data", 21, 40);
    String companyId = record.required("company identification", 41, 50);
    String secCode = record.field(51, 53);
    if (!SEC_CODES.contains(secCode)) {
      throw record.fault("standard entry class code", "PPD, WEB or COR", quoted(secCode));
    }
    String description = record.required("company entry description", 54, 63);
    String descriptiveDate = record.text("company descriptive date", 64, 69);
    LocalDate effective = record.date("effective entry date", 70, 75);
    String settlementDay = record.field(76, 78);
    if (!settlementDay.isBlank()) {
      int day = settlementDay.matches("\\d{3}") ? Integer.parseInt(settlementDay) : 0;
      if (day < 1 || day > 366) {
        throw record.fault(
            "settlement date", "a Julian day 001-366 or blanks", quoted(settlementDay));
      }
    }
    char status = record.field(79, 79).charAt(0);
    if (status != '0' && status != '1' && status != '2') {
      throw record.fault("originator status code", "0, 1 or 2", quoted(String.valueOf(status)));
    }
    String odfiId = record.digits("originating DFI identification", 80, 87);
    int batchNumber = (int) record.number("batch number", 88, 94);
    if (batchNumber <= lastBatchNumber) {
      throw record.fault(
          "batch number",
          "a batch number above the previous batch's " + lastBatchNumber,
          quoted(record.field(88, 94)));
    }
    lastBatchNumber = batchNumber;
    return new BatchHeader(
        record.line(),
        serviceClass,
        companyName,
        discretionary,
        companyId,
        secCode,
        description,
        descriptiveDate,
        effective,
        settlementDay.isBlank() ? "" : settlementDay,
        status,
        odfiId,
        batchNumber);
  }

  private EntryDetail entry(NachaRecord record, BatchHeader batch, String lastTrace)
      throws NachaFault {
    int code = transactionCode(record, batch);
    boolean isReturnOrChange = TransactionCodes.RETURNS_AND_CHANGES.contains(code);

    String rdfiId = record.digits("receiving DFI identification", 4, 11);
    String checkDigit = record.digits("check digit", 12, 12);
    int expectedCheckDigit = RoutingNumbers.checkDigit(rdfiId);
    if (expectedCheckDigit != checkDigit.charAt(0) - '0') {
      throw record.fault(
          "check digit",
          "'" + expectedCheckDigit + "' (the check digit of routing number " + rdfiId + ")",
          quoted(checkDigit));
    }
    String account = record.required("DFI account number", 13, 29);
    if (!account.matches("[A-Za-z0-9-]+")) {
      throw record.fault(
          "DFI account number", "letters, digits and hyphens, left-justified", "other characters");
    }
    long amountCents = record.number("amount", 30, 39);
    boolean zeroDollar = batch.isNotificationOfChange() || TransactionCodes.PRENOTES.contains(code);
    if (zeroDollar && amountCents != 0) {
      throw record.fault(
          "amount",
          "zero for a prenotification or notification of change",
          quoted(record.field(30, 39)));
    }
    if (!zeroDollar && amountCents == 0) {
      throw record.fault("amount", "an amount above zero", quoted(record.field(30, 39)));
    }
    String individualId = record.text("individual identification number", 40, 54);
    String individualName = record.required("individual name", 55, 76);
    String discretionary = record.field(77, 78);
    boolean webPayment = "WEB".equals(batch.secCode()) && !isReturnOrChange;
    if (webPayment && !discretionary.equals("R ") && !discretionary.equals("S ")) {
      throw record.fault(
          "payment type code",
          "'R ' (recurring) or 'S ' (single) in a WEB entry",
          quoted(discretionary));
    }
    char indicator = record.field(79, 79).charAt(0);
    if (indicator != '0' && indicator != '1') {
      throw record.fault("addenda record indicator", "0 or 1", quoted(String.valueOf(indicator)));
    }
    if (isReturnOrChange && indicator != '1') {
      throw record.fault(
          "addenda record indicator",
          "1: a return or notification of change carries its addenda",
          "'0'");
    }
    String trace = traceNumber(record, batch, lastTrace);

    Addenda addenda = indicator == '1' ? addenda(batch, code, trace) : null;
    return new EntryDetail(
        record.line(),
        code,
        rdfiId + checkDigit,
        account,
        amountCents,
        individualId,
        individualName,
        discretionary,
        trace,
        addenda);
  }

  private int transactionCode(NachaRecord record, BatchHeader batch) throws NachaFault {
    String field = record.field(2, 3);
    int code = field.matches("\\d{2}") ? Integer.parseInt(field) : -1;
    if (!TransactionCodes.isAllowed(code)) {
      throw record.fault(
          "transaction code",
          "a checking or savings code: 22, 23, 27, 28, 32, 33, 37, 38, or 21, 26, 31, 36 for"
              + " returns and notifications of change",
          quoted(field));
    }
    if (batch.serviceClassCode() == 220 && TransactionCodes.isDebit(code)) {
      throw record.fault(
          "transaction code", "a credit code in a batch of service class 220", quoted(field));
    }
    if (batch.serviceClassCode() == 225 && !TransactionCodes.isDebit(code)) {
      throw record.fault(
          "transaction code", "a debit code in a batch of service class 225", quoted(field));
    }
    if (batch.isNotificationOfChange() && !TransactionCodes.RETURNS_AND_CHANGES.contains(code)) {
      throw record.fault(
          "transaction code",
          "21, 26, 31 or 36 in a notification of change (COR) batch",
          quoted(field));
    }
    return code;
  }

  private String traceNumber(NachaRecord record, BatchHeader batch, String lastTrace)
      throws NachaFault {
    String trace = record.digits("trace number", 80, 94);
    if (!trace.startsWith(batch.odfiId())) {
      throw record.fault(
          "trace number",
          "a trace number led by the batch's originating DFI " + batch.odfiId(),
          quoted(trace));
    }
    if (!traceNumbers.add(trace)) {
      throw record.fault("trace number", "a trace number unique in the file", quoted(trace));
    }
    if (lastTrace != null && trace.compareTo(lastTrace) <= 0) {
      throw record.fault(
          "trace number",
          "trace numbers in ascending order within the batch (after " + lastTrace + ")",
          quoted(trace));
    }
    return trace;
  }

  private Addenda addenda(BatchHeader batch, int code, String trace) throws NachaFault {
    NachaRecord record = peek();
    if (record == null || record.type() != '7') {
      throw new NachaFault(
          record == null ? records.size() + 1 : record.line(),
          "record type code",
          "an addenda record (7), as the entry's addenda record indicator says",
          record == null ? "the end of the file" : quoted(String.valueOf(record.type())));
    }
    take();

    String type = record.field(2, 3);
    boolean isReturnOrChange = TransactionCodes.RETURNS_AND_CHANGES.contains(code);
    String expectedType = batch.isNotificationOfChange() ? "98" : isReturnOrChange ? "99" : "05";
    if (!type.equals(expectedType)) {
      throw record.fault("addenda type code", quoted(expectedType), quoted(type));
    }
    Addenda addenda =
        switch (expectedType) {
          case "05" -> paymentAddenda(record, trace);
          case "98" -> changeAddenda(record, trace);
          default -> returnAddenda(record, trace);
        };
    NachaRecord after = peek();
    if (after != null && after.type() == '7') {
      throw after.fault(
          "record type code",
          "an entry (6) or batch control (8): PPD, WEB, COR and return entries have one addenda",
          "'7'");
    }
    return addenda;
  }

  private static PaymentAddenda paymentAddenda(NachaRecord record, String trace) throws NachaFault {
    String information = record.text("payment related information", 4, 83);
    record.literal("addenda sequence number", 84, 87, "0001");
    record.literal("entry detail sequence number", 88, 94, trace.substring(8));
    return new PaymentAddenda(record.line(), information);
  }

  private static ReturnAddenda returnAddenda(NachaRecord record, String trace) throws NachaFault {
    String code = record.field(4, 6);
    AchReturnReason reason =
        AchReturnReason.fromCode(code)
            .orElseThrow(
                () ->
                    record.fault(
                        "return reason code", "a return reason code R01-R85", quoted(code)));
    String originalTrace = record.digits("original entry trace number", 7, 21);
    boolean dishonoredOrContested =
        reason.isDishonoredReturn() || reason.isContestedDishonoredReturn();
    LocalDate dateOfDeath =
        dishonoredOrContested ? null : record.optionalDate("date of death", 22, 27);
    if (reason.requiresDateOfDeath() && dateOfDeath == null) {
      throw record.fault("date of death", "a date YYMMDD for " + code, "blanks");
    }
    String originalRdfi = record.digits("original receiving DFI identification", 28, 35);
    record.literal("trace number", 80, 94, trace);
    String information = record.text("addenda information", 36, 79);
    return new ReturnAddenda(
        record.line(), code, originalTrace, dateOfDeath, originalRdfi, information);
  }

  private static ChangeAddenda changeAddenda(NachaRecord record, String trace) throws NachaFault {
    String code = record.field(4, 6);
    AchChangeCode change =
        AchChangeCode.fromCode(code)
            .orElseThrow(() -> record.fault("change code", "a change code C01-C14", quoted(code)));
    String originalTrace = record.digits("original entry trace number", 7, 21);
    record.blanks("reserved", 22, 27);
    String originalRdfi = record.digits("original receiving DFI identification", 28, 35);
    String corrected = record.field(36, 64);
    CorrectedData.check(change, corrected, record);
    record.blanks("reserved", 65, 79);
    record.literal("trace number", 80, 94, trace);
    return new ChangeAddenda(
        record.line(), code, originalTrace, originalRdfi, corrected.stripTrailing());
  }

  private void batchControl(NachaRecord record, BatchHeader header, List<EntryDetail> entries)
      throws NachaFault {
    if (record.number("service class code", 2, 4) != header.serviceClassCode()) {
      throw record.fault(
          "service class code",
          "'" + header.serviceClassCode() + "', as in the batch header",
          quoted(record.field(2, 4)));
    }
    Totals totals = Totals.of(entries);
    expectNumber(record, "entry/addenda count", 5, 10, totals.entryAndAddendaCount());
    expectNumber(record, "entry hash", 11, 20, totals.entryHash());
    expectNumber(record, "total debit entry dollar amount", 21, 32, totals.debitCents());
    expectNumber(record, "total credit entry dollar amount", 33, 44, totals.creditCents());
    if (!record.text("company identification", 45, 54).equals(header.companyId())) {
      throw record.fault(
          "company identification",
          "'" + header.companyId() + "', as in the batch header",
          quoted(record.field(45, 54)));
    }
    record.blanks("reserved", 74, 79);
    record.literal("originating DFI identification", 80, 87, header.odfiId());
    expectNumber(record, "batch number", 88, 94, header.batchNumber());
  }

  private void fileControl(NachaRecord record, List<Batch> batches) throws NachaFault {
    Totals totals = Totals.of(batches.stream().flatMap(batch -> batch.entries().stream()).toList());
    int recordCount = records.size();
    expectNumber(record, "batch count", 2, 7, batches.size());
    if (recordCount % BLOCKING_FACTOR == 0) {
      expectNumber(record, "block count", 8, 13, recordCount / BLOCKING_FACTOR);
    }
    expectNumber(record, "entry/addenda count", 14, 21, totals.entryAndAddendaCount());
    expectNumber(record, "entry hash", 22, 31, totals.entryHash());
    expectNumber(record, "total debit entry dollar amount", 32, 43, totals.debitCents());
    expectNumber(record, "total credit entry dollar amount", 44, 55, totals.creditCents());
    record.blanks("reserved", 56, 94);
  }

  private void padding() throws NachaFault {
    int paddingRecords = 0;
    while (next < records.size()) {
      NachaRecord record = take();
      if (!record.text().equals(PADDING)) {
        throw record.fault(
            "padding",
            "only records of 94 nines after the file control",
            quoted(record.field(1, 10) + "..."));
      }
      paddingRecords++;
      if (paddingRecords == BLOCKING_FACTOR) {
        throw record.fault(
            "padding", "fewer than 10 padding records (only to fill the last block)", "10");
      }
    }
    if (records.size() % BLOCKING_FACTOR != 0) {
      throw new NachaFault(
          records.size(),
          "blocking factor",
          "a multiple of 10 records, the last block filled with records of nines",
          records.size() + " records");
    }
  }

  private static void expectNumber(NachaRecord record, String field, int start, int end, long value)
      throws NachaFault {
    long found = record.number(field, start, end);
    if (found != value) {
      int width = end - start + 1;
      throw record.fault(
          field,
          quoted(String.format("%0" + width + "d", value)),
          quoted(record.field(start, end)));
    }
  }

  private NachaRecord take() {
    return records.get(next++);
  }

  private NachaRecord peek() {
    return next < records.size() ? records.get(next) : null;
  }

  private char peekType() {
    NachaRecord record = peek();
    return record == null ? 0 : record.type();
  }
}
