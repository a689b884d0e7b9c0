package org.premiumledger.projections.history;

import static org.premiumledger.projections.platform.Columns.bigint;
import static org.premiumledger.projections.platform.Columns.bool;
import static org.premiumledger.projections.platform.Columns.date;
import static org.premiumledger.projections.platform.Columns.instant;
import static org.premiumledger.projections.platform.Columns.text;
import static org.premiumledger.projections.platform.Columns.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.premiumledger.projections.platform.Columns;

/** The tables of the history projection (see the V202612031710 migration). */
final class HistoryTables {

  private HistoryTables() {}

  static final Table<?> ACCOUNT = Columns.table("pj_account");
  static final Field<String> A_ID = text("pj_account", "billing_account_id");
  static final Field<String> A_NAME = text("pj_account", "household_name");
  static final Field<String> A_LANGUAGE = text("pj_account", "language");
  static final Field<String> A_STATE = text("pj_account", "state");
  static final Field<String> A_CURRENCY = text("pj_account", "currency");
  static final Field<String> A_ISSUER = text("pj_account", "issuer_id");
  static final Field<String> A_PLAN = text("pj_account", "plan_id");
  static final Field<LocalDate> A_COVERAGE_START = date("pj_account", "coverage_start");
  static final Field<String> A_KIND = text("pj_account", "coverage_kind");
  static final Field<LocalDate> A_EFFECTUATED_ON = date("pj_account", "effectuated_on");
  static final Field<LocalDate> A_FIRST_GRACE_MONTH = date("pj_account", "first_grace_month");
  static final Field<LocalDate> A_GRACE_ENDS_ON = date("pj_account", "grace_ends_on");
  static final Field<LocalDate> A_COVERED_THROUGH = date("pj_account", "covered_through");
  static final Field<Long> A_BALANCE = bigint("pj_account", "balance_cents");
  static final Field<Instant> A_OPENED_AT = instant("pj_account", "opened_at");

  static final Table<?> BILL = Columns.table("pj_bill");
  static final Field<String> B_ACCOUNT = text("pj_bill", "billing_account_id");
  static final Field<LocalDate> B_MONTH = date("pj_bill", "coverage_month");
  static final Field<String> B_ISSUER = text("pj_bill", "issuer_id");
  static final Field<Long> B_GROSS = bigint("pj_bill", "gross_cents");
  static final Field<Long> B_APTC = bigint("pj_bill", "aptc_cents");
  static final Field<Long> B_NET = bigint("pj_bill", "net_cents");
  static final Field<LocalDate> B_ISSUED_ON = date("pj_bill", "issued_on");
  static final Field<LocalDate> B_DUE_DATE = date("pj_bill", "due_date");
  static final Field<Boolean> B_BINDER = bool("pj_bill", "binder");
  static final Field<Boolean> B_CANCELLED = bool("pj_bill", "cancelled");

  static final Table<?> HISTORY = Columns.table("pj_account_history");
  static final Field<String> H_ACCOUNT = text("pj_account_history", "billing_account_id");
  static final Field<Long> H_GLOBAL_INDEX = bigint("pj_account_history", "global_index");
  static final Field<String> H_EVENT = text("pj_account_history", "event_identifier");
  static final Field<Instant> H_RECORDED_AT = instant("pj_account_history", "recorded_at");
  static final Field<LocalDate> H_BUSINESS_DATE = date("pj_account_history", "business_date");
  static final Field<String> H_RULE = text("pj_account_history", "posting_rule");
  static final Field<UUID> H_ENTRY = uuid("pj_account_history", "entry_id");
  static final Field<UUID> H_PAYMENT = uuid("pj_account_history", "payment_id");
  static final Field<String> H_REFERENCE = text("pj_account_history", "reference");
  static final Field<String> H_REASON_CODE = text("pj_account_history", "reason_code");
  static final Field<Long> H_DEBIT = bigint("pj_account_history", "debit_cents");
  static final Field<Long> H_CREDIT = bigint("pj_account_history", "credit_cents");
  static final Field<Long> H_BALANCE_AFTER = bigint("pj_account_history", "balance_after_cents");

  static final Field<?>[] ACCOUNT_FIELDS = {
    A_ID,
    A_NAME,
    A_LANGUAGE,
    A_STATE,
    A_CURRENCY,
    A_ISSUER,
    A_PLAN,
    A_COVERAGE_START,
    A_KIND,
    A_EFFECTUATED_ON,
    A_FIRST_GRACE_MONTH,
    A_GRACE_ENDS_ON,
    A_COVERED_THROUGH,
    A_BALANCE,
    A_OPENED_AT
  };

  static final Field<?>[] BILL_FIELDS = {
    B_ACCOUNT,
    B_MONTH,
    B_ISSUER,
    B_GROSS,
    B_APTC,
    B_NET,
    B_ISSUED_ON,
    B_DUE_DATE,
    B_BINDER,
    B_CANCELLED
  };
}
