package org.premiumledger.ledger.intake;

import java.util.Currency;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.ledger.api.FindImportedFilesQuery;
import org.premiumledger.ledger.api.FindIntakeExceptionsQuery;
import org.premiumledger.ledger.api.ImportedFileView;
import org.premiumledger.ledger.api.IntakeExceptionView;
import org.premiumledger.ledger.api.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Lists imported files and the exceptions they left for staff, for the workbench. */
@Component
class IntakeQueries {

  private static final int MAX_ROWS = 10_000;

  private final JdbcTemplate jdbc;

  IntakeQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  List<IntakeExceptionView> handle(FindIntakeExceptionsQuery query) {
    return jdbc.query(
        """
        select exception_id, format, file_name, line, kind, amount_cents, currency, reason,
               recorded_at, resolved
          from intake_exception
         where resolved = false or ?
         order by exception_id desc
         limit ?
        """,
        (row, i) ->
            new IntakeExceptionView(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getInt(4),
                row.getString(5),
                new Money(row.getLong(6), Currency.getInstance(row.getString(7).trim())),
                row.getString(8),
                row.getTimestamp(9).toInstant(),
                row.getBoolean(10)),
        query.includeResolved(),
        Math.min(Math.max(query.limit(), 0), MAX_ROWS));
  }

  @QueryHandler
  List<ImportedFileView> handle(FindImportedFilesQuery query) {
    return jdbc.query(
        """
        select sha256, file_name, format, imported_by, imported_at, entries, debit_cents,
               credit_cents, posted, already_present, sent_to_exceptions
          from intake_file
         order by imported_at desc, sha256
         limit ?
        """,
        (row, i) ->
            new ImportedFileView(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getTimestamp(5).toInstant(),
                row.getInt(6),
                row.getLong(7),
                row.getLong(8),
                row.getInt(9),
                row.getInt(10),
                row.getInt(11)),
        Math.min(Math.max(query.limit(), 0), MAX_ROWS));
  }
}
