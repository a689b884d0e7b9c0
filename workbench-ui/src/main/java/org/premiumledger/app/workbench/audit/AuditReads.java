package org.premiumledger.app.workbench.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the auditor's views read: the journal straight from the ledger's book ({@code
 * journal_entry}, {@code journal_line}, which are only ever inserted) and the ledger check through
 * its query message. Read-only; authorized here, whatever the view shows.
 */
@Service
public class AuditReads {

  private final JdbcClient jdbc;
  private final QueryGateway queries;

  AuditReads(JdbcClient jdbc, QueryGateway queries) {
    this.jdbc = jdbc;
    this.queries = queries;
  }

  /** Journal lines whose entry's business date lies in [from, to], in journal order. */
  @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
  public List<JournalLineRow> journalLines(LocalDate from, LocalDate to, int offset, int limit) {
    return jdbc.sql(
            """
            select e.entry_id, l.line_number, e.business_date, e.posting_rule, l.account_code,
                   l.side, l.amount_cents, e.currency, e.billing_account_id
              from journal_entry e
              join journal_line l on l.entry_id = e.entry_id
             where e.business_date between :from and :to
             order by e.business_date, e.recorded_at, e.entry_id, l.line_number
             offset :offset
             limit :limit
            """)
        .param("from", from)
        .param("to", to)
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (row, i) -> {
              boolean debit = "D".equals(row.getString("side"));
              long cents = row.getLong("amount_cents");
              return new JournalLineRow(
                  row.getObject("entry_id", UUID.class),
                  row.getInt("line_number"),
                  row.getObject("business_date", LocalDate.class),
                  row.getString("posting_rule"),
                  row.getString("account_code"),
                  debit ? cents : 0,
                  debit ? 0 : cents,
                  row.getString("currency"),
                  row.getString("billing_account_id"));
            })
        .list();
  }

  @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
  public int countJournalLines(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select count(*)
              from journal_entry e
              join journal_line l on l.entry_id = e.entry_id
             where e.business_date between :from and :to
            """)
        .param("from", from)
        .param("to", to)
        .query(Integer.class)
        .single();
  }

  /** Checks every invariant of the ledger (see the ledger's {@code LedgerCheck}). */
  @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
  public LedgerCheckReport checkLedger() {
    return queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
  }
}
