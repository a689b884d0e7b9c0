package org.premiumledger.ledger.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every invariant of DESIGN.md against the event store, which is the truth, and the book
 * derived from it: each entry balances in one currency with positive lines; the book holds exactly
 * the entries the events carry, line for line; corrections point at an entry that is not itself a
 * correction, at most once; every bill's gross is its net plus its APTC; and all debits equal all
 * credits. Runs in one repeatable-read transaction, so it sees one moment even while the server
 * posts.
 */
@Component
class LedgerCheck {

  private static final int MAX_REPORTED_PER_RULE = 20;
  private final JdbcTemplate jdbc;

  LedgerCheck(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  @Transactional(
      readOnly = true,
      isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
  LedgerCheckReport handle(FetchLedgerCheckQuery query) {
    List<String> violations = new ArrayList<>();

    long entries = jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    long debits = sumLines("D");
    long credits = sumLines("C");
    if (debits != credits) {
      violations.add("the ledger does not balance: debits " + debits + ", credits " + credits);
    }

    collect(
        violations,
        "entry %s does not balance or has fewer than two lines (debits %s, credits %s, lines %s)",
        """
        select e.entry_id, sum(case when l.side = 'D' then l.amount_cents else 0 end),
               sum(case when l.side = 'C' then l.amount_cents else 0 end), count(l.entry_id)
          from journal_entry e left join journal_line l on l.entry_id = e.entry_id
         group by e.entry_id, e.debit_cents, e.credit_cents
        having count(l.entry_id) < 2
            or sum(case when l.side = 'D' then l.amount_cents else 0 end)
               <> sum(case when l.side = 'C' then l.amount_cents else 0 end)
            or sum(case when l.side = 'D' then l.amount_cents else 0 end) <> e.debit_cents
        """);
    collect(
        violations,
        "entry %s corrects entry %s, which is itself a correction",
        """
        select e.entry_id, e.corrects_entry_id
          from journal_entry e
          join journal_entry original on original.entry_id = e.corrects_entry_id
         where original.corrects_entry_id is not null
        """);
    collect(
        violations,
        "event %s (%s) carries entry %s, which is not in the book",
        """
        select e.event_identifier, e.payload_type, p.entry ->> 'entryId'
          from domain_event_entry e
          cross join lateral (
                select convert_from(e.payload, 'UTF8')::jsonb -> 'journalEntry' as entry) p
          left join journal_entry j on j.entry_id = (p.entry ->> 'entryId')::uuid
         where jsonb_typeof(p.entry) = 'object' and j.entry_id is null
        """);
    collect(
        violations,
        "entry %s of the book has no event %s in the event store",
        """
        select j.entry_id, j.event_identifier from journal_entry j
         where not exists (select 1 from domain_event_entry e
                            where e.event_identifier = j.event_identifier)
        """);
    collect(
        violations,
        "entry %s differs from its event on account %s side %s: event %s cents, book %s cents",
        """
        with event_lines as (
          select (p.entry ->> 'entryId')::uuid as entry_id, line ->> 'account' as account_code,
                 left(line ->> 'side', 1) as side, sum((line ->> 'amountCents')::bigint) as cents
            from domain_event_entry e
            cross join lateral (
                select convert_from(e.payload, 'UTF8')::jsonb -> 'journalEntry' as entry) p
            cross join lateral jsonb_array_elements(p.entry -> 'lines') line
           where jsonb_typeof(p.entry) = 'object'
           group by 1, 2, 3),
        book_lines as (
          select entry_id, account_code, side, sum(amount_cents) as cents
            from journal_line group by 1, 2, 3)
        select coalesce(ev.entry_id, bk.entry_id), coalesce(ev.account_code, bk.account_code),
               coalesce(ev.side, bk.side), coalesce(ev.cents, 0), coalesce(bk.cents, 0)
          from event_lines ev
          full join book_lines bk
            on bk.entry_id = ev.entry_id and bk.account_code = ev.account_code and bk.side = ev.side
         where ev.cents is distinct from bk.cents
        """);
    collect(
        violations,
        "bill event %s: gross %s is not net %s plus APTC %s",
        """
        select e.event_identifier, (p.bill ->> 'grossPremiumCents'), (p.bill ->> 'netPremiumCents'),
               (p.bill ->> 'aptcCents')
          from domain_event_entry e
          cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb as bill) p
         where e.payload_type in ('org.premiumledger.ledger.api.PremiumBilledEvent',
                                  'org.premiumledger.ledger.api.BillAdjustedEvent')
           and (p.bill ->> 'grossPremiumCents')::bigint
               <> (p.bill ->> 'netPremiumCents')::bigint + (p.bill ->> 'aptcCents')::bigint
        """);

    return new LedgerCheckReport(
        violations.isEmpty(), entries, debits, credits, balancesByFamily(), violations);
  }

  private long sumLines(String side) {
    return jdbc.queryForObject(
        "select coalesce(sum(amount_cents), 0) from journal_line where side = ?", Long.class, side);
  }

  private Map<String, Long> balancesByFamily() {
    Map<String, Long> balances = new TreeMap<>();
    jdbc.query(
        """
        select account_family,
               sum(case when side = 'D' then amount_cents else -amount_cents end)
          from journal_line
         group by account_family
        """,
        row -> {
          balances.put(row.getString(1), row.getLong(2));
        });
    return balances;
  }

  private void collect(List<String> violations, String format, String sql) {
    List<String> found =
        jdbc.query(
            sql + " limit " + (MAX_REPORTED_PER_RULE + 1),
            (row, i) -> {
              int columns = row.getMetaData().getColumnCount();
              Object[] values = new Object[columns];
              for (int c = 0; c < columns; c++) {
                values[c] = row.getObject(c + 1);
              }
              return String.format(format, values);
            });
    violations.addAll(found.subList(0, Math.min(found.size(), MAX_REPORTED_PER_RULE)));
    if (found.size() > MAX_REPORTED_PER_RULE) {
      violations.add("... and more like the above");
    }
  }
}
