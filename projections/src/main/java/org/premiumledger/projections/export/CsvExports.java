package org.premiumledger.projections.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.premiumledger.ledger.api.MoneyFormat;
import org.premiumledger.projections.api.ExportKind;
import org.premiumledger.projections.api.ExportRequest;
import org.premiumledger.projections.api.ProjectionExports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the auditors' exports as CSV, streaming rows through a database cursor inside one
 * read-only transaction (PostgreSQL only streams with a fetch size inside a transaction), so a
 * million rows never sit in memory.
 */
@Component
class CsvExports implements ProjectionExports {

  private static final int FETCH_SIZE = 1_000;

  private final DSLContext db;
  private final TransactionTemplate transaction;
  private final ZoneId zone;

  CsvExports(
      DSLContext db,
      TransactionTemplate transaction,
      @Value("${premium-ledger.ledger.zone:America/New_York}") ZoneId zone) {
    this.db = db;
    this.transaction = transaction;
    this.zone = zone;
  }

  @Override
  public long writeCsv(ExportRequest request, Writer out) throws IOException {
    ExportQuery query = ExportQuery.of(request, zone);
    CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
    printer.printRecord(query.header());
    try {
      Long rows =
          transaction.execute(
              status -> {
                try (Cursor<Record> cursor =
                    db.resultQuery(query.sql(), query.bindings().toArray())
                        .fetchSize(FETCH_SIZE)
                        .fetchLazy()) {
                  return query.kind() == ExportKind.TRIAL_BALANCE
                      ? printTrialBalance(cursor, printer, request.to())
                      : printRows(cursor, printer, query);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      printer.flush();
      return rows == null ? 0 : rows;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long printRows(Cursor<Record> cursor, CSVPrinter printer, ExportQuery query)
      throws IOException {
    long rows = 0;
    List<String> cells = new ArrayList<>();
    for (Record record : cursor) {
      cells.clear();
      for (int i = 0; i < query.header().size(); i++) {
        Object value = record.get(i);
        cells.add(
            query.isAmount(i)
                ? (value == null ? "" : MoneyFormat.decimal(((Number) value).longValue()))
                : SpreadsheetSafe.text(value == null ? null : value.toString()));
      }
      printer.printRecord(cells);
      rows++;
    }
    return rows;
  }

  /** Account rows with each balance on its normal side, then a TOTAL row. */
  private static long printTrialBalance(Cursor<Record> cursor, CSVPrinter printer, LocalDate asOf)
      throws IOException {
    long rows = 0;
    long totalDebits = 0;
    long totalCredits = 0;
    String asOfText = asOf == null ? "" : asOf.toString();
    for (Record record : cursor) {
      long balance = record.get(2, Long.class) - record.get(3, Long.class);
      long debit = Math.max(balance, 0);
      long credit = Math.max(-balance, 0);
      totalDebits += debit;
      totalCredits += credit;
      printer.printRecord(
          asOfText,
          SpreadsheetSafe.text(record.get(0, String.class)),
          record.get(1, String.class),
          MoneyFormat.decimal(debit),
          MoneyFormat.decimal(credit));
      rows++;
    }
    printer.printRecord(
        asOfText, "TOTAL", "", MoneyFormat.decimal(totalDebits), MoneyFormat.decimal(totalCredits));
    return rows + 1;
  }
}
