package org.premiumledger.projections.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.premiumledger.projections.api.ExportKind;
import org.premiumledger.projections.api.ExportRequest;

/**
 * The SQL, bindings and columns of one export. Plain SQL over the projection tables, read through a
 * cursor; {@code amountColumns} are written as decimal numbers, every other column as safe text.
 */
record ExportQuery(
    ExportKind kind,
    List<String> header,
    String sql,
    List<Object> bindings,
    Set<Integer> amountColumns) {

  boolean isAmount(int column) {
    return amountColumns.contains(column);
  }

  static ExportQuery of(ExportRequest request, ZoneId zone) {
    return switch (request.kind()) {
      case JOURNAL -> journal(request);
      case TRIAL_BALANCE -> trialBalance(request);
      case HISTORY -> history(request);
      case AUDIT_TRAIL -> auditTrail(request, zone);
    };
  }

  private static ExportQuery journal(ExportRequest request) {
    List<Object> bindings = new ArrayList<>();
    String where = dateRange("e.business_date", request.from(), request.to(), bindings);
    if (request.billingAccountId() != null) {
      where += " and e.billing_account_id = ?";
      bindings.add(request.billingAccountId());
    }
    return new ExportQuery(
        ExportKind.JOURNAL,
        List.of(
            "entry_id",
            "global_index",
            "business_date",
            "recorded_at",
            "posting_rule",
            "billing_account_id",
            "corrects_entry_id",
            "line_number",
            "account_code",
            "side",
            "debit",
            "credit",
            "currency"),
        """
        select e.entry_id::text, e.global_index, e.business_date::text, e.recorded_at,
               e.posting_rule, e.billing_account_id, e.corrects_entry_id::text, l.line_number,
               l.account_code, l.side,
               case when l.side = 'D' then l.amount_cents end,
               case when l.side = 'C' then l.amount_cents end,
               e.currency
          from pj_journal_entry e
          join pj_journal_line l on l.entry_id = e.entry_id
         where %s
         order by e.global_index, l.line_number
        """
            .formatted(where),
        bindings,
        Set.of(10, 11));
  }

  private static ExportQuery trialBalance(ExportRequest request) {
    List<Object> bindings = new ArrayList<>();
    String where = "true";
    if (request.to() != null) {
      where = "business_date <= ?";
      bindings.add(request.to());
    }
    if (request.billingAccountId() != null) {
      throw new IllegalArgumentException(
          "the trial balance covers every account; --account does not apply to it");
    }
    return new ExportQuery(
        ExportKind.TRIAL_BALANCE,
        List.of("as_of", "account_code", "account_type", "debit", "credit"),
        """
        select account_code, account_type,
               coalesce(sum(case when side = 'D' then amount_cents end), 0)::bigint,
               coalesce(sum(case when side = 'C' then amount_cents end), 0)::bigint
          from pj_journal_line
         where %s
         group by account_code, account_type
         order by account_code
        """
            .formatted(where),
        bindings,
        Set.of(3, 4));
  }

  private static ExportQuery history(ExportRequest request) {
    List<Object> bindings = new ArrayList<>();
    String where = dateRange("business_date", request.from(), request.to(), bindings);
    if (request.billingAccountId() != null) {
      where += " and billing_account_id = ?";
      bindings.add(request.billingAccountId());
    }
    return new ExportQuery(
        ExportKind.HISTORY,
        List.of(
            "billing_account_id",
            "global_index",
            "recorded_at",
            "business_date",
            "posting_rule",
            "reference",
            "reason_code",
            "payment_id",
            "entry_id",
            "debit",
            "credit",
            "balance_after"),
        """
        select billing_account_id, global_index, recorded_at, business_date::text, posting_rule,
               reference, reason_code, payment_id::text, entry_id::text, debit_cents,
               credit_cents, balance_after_cents
          from pj_account_history
         where %s
         order by billing_account_id, global_index
        """
            .formatted(where),
        bindings,
        Set.of(9, 10, 11));
  }

  private static ExportQuery auditTrail(ExportRequest request, ZoneId zone) {
    List<Object> bindings = new ArrayList<>();
    String where = "true";
    if (request.from() != null) {
      where += " and occurred_at >= cast(? as timestamptz)";
      bindings.add(OffsetDateTime.from(request.from().atStartOfDay(zone)));
    }
    if (request.to() != null) {
      where += " and occurred_at < cast(? as timestamptz)";
      bindings.add(OffsetDateTime.from(request.to().plusDays(1).atStartOfDay(zone)));
    }
    if (request.billingAccountId() != null) {
      where += " and billing_account_id = ?";
      bindings.add(request.billingAccountId());
    }
    return new ExportQuery(
        ExportKind.AUDIT_TRAIL,
        List.of(
            "global_index",
            "occurred_at",
            "event_type",
            "aggregate_type",
            "aggregate_identifier",
            "billing_account_id",
            "user_id",
            "reason",
            "payload",
            "meta_data"),
        """
        select global_index, occurred_at, event_type, aggregate_type, aggregate_identifier,
               billing_account_id, user_id, reason, payload::text, meta_data::text
          from pj_audit_event
         where %s
         order by global_index
        """
            .formatted(where),
        bindings,
        Set.of());
  }

  private static String dateRange(
      String column, LocalDate from, LocalDate to, List<Object> bindings) {
    String where = "true";
    if (from != null) {
      where += " and " + column + " >= ?";
      bindings.add(from);
    }
    if (to != null) {
      where += " and " + column + " <= ?";
      bindings.add(to);
    }
    return where;
  }
}
