package org.premiumledger.projections.payments;

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

/** The tables of the payments projection (see the V202612031710 migration). */
final class PaymentTables {

  private PaymentTables() {}

  static final Table<?> PAYMENT = Columns.table("pj_payment");
  static final Field<UUID> P_ID = uuid("pj_payment", "payment_id");
  static final Field<String> P_ACCOUNT = text("pj_payment", "billing_account_id");
  static final Field<String> P_SOURCE = text("pj_payment", "identity_source");
  static final Field<String> P_REFERENCE = text("pj_payment", "identity_reference");
  static final Field<String> P_RAIL = text("pj_payment", "rail");
  static final Field<Long> P_AMOUNT = bigint("pj_payment", "amount_cents");
  static final Field<String> P_CURRENCY = text("pj_payment", "currency");
  static final Field<Instant> P_RECEIVED_AT = instant("pj_payment", "received_at");
  static final Field<LocalDate> P_RECEIVED_ON = date("pj_payment", "received_on");
  static final Field<LocalDate> P_SETTLEMENT_DATE = date("pj_payment", "settlement_date");
  static final Field<String> P_BRAND = text("pj_payment", "method_brand");
  static final Field<String> P_LAST4 = text("pj_payment", "method_last4");
  static final Field<String> P_STATUS = text("pj_payment", "status");
  static final Field<LocalDate> P_SETTLED_ON = date("pj_payment", "settled_on");
  static final Field<Long> P_REFUNDED = bigint("pj_payment", "refunded_cents");
  static final Field<Long> P_CHARGED_BACK = bigint("pj_payment", "charged_back_cents");
  static final Field<Long> P_FEES = bigint("pj_payment", "fees_cents");
  static final Field<Boolean> P_RECOVERY = bool("pj_payment", "recovery_required");
  static final Field<Long> P_GLOBAL_INDEX = bigint("pj_payment", "global_index");

  static final Table<?> STEP = Columns.table("pj_payment_step");
  static final Field<String> S_EVENT = text("pj_payment_step", "event_identifier");
  static final Field<UUID> S_PAYMENT = uuid("pj_payment_step", "payment_id");
  static final Field<Long> S_GLOBAL_INDEX = bigint("pj_payment_step", "global_index");
  static final Field<String> S_STEP = text("pj_payment_step", "step");
  static final Field<LocalDate> S_BUSINESS_DATE = date("pj_payment_step", "business_date");
  static final Field<Instant> S_RECORDED_AT = instant("pj_payment_step", "recorded_at");
  static final Field<Long> S_AMOUNT = bigint("pj_payment_step", "amount_cents");
  static final Field<String> S_REFERENCE = text("pj_payment_step", "reference");
  static final Field<String> S_REASON_CODE = text("pj_payment_step", "reason_code");
  static final Field<UUID> S_ENTRY = uuid("pj_payment_step", "journal_entry_id");
  static final Field<String> S_DETAIL = text("pj_payment_step", "detail");

  static final Table<?> EXCEPTION = Columns.table("pj_intake_exception");
  static final Field<String> X_KIND = text("pj_intake_exception", "kind");
  static final Field<String> X_REFERENCE = text("pj_intake_exception", "reference");
  static final Field<Long> X_GLOBAL_INDEX = bigint("pj_intake_exception", "global_index");
  static final Field<Instant> X_RECORDED_AT = instant("pj_intake_exception", "recorded_at");
  static final Field<Long> X_AMOUNT = bigint("pj_intake_exception", "amount_cents");
  static final Field<String> X_CURRENCY = text("pj_intake_exception", "currency");
  static final Field<UUID> X_PAYMENT = uuid("pj_intake_exception", "payment_id");
  static final Field<String> X_TRACE = text("pj_intake_exception", "trace_number");
  static final Field<String> X_REASON_CODE = text("pj_intake_exception", "reason_code");
  static final Field<Boolean> X_RESOLVED = bool("pj_intake_exception", "resolved");
  static final Field<String> X_RESOLVED_TO = text("pj_intake_exception", "resolved_to");

  static final String UNAPPLIED_PAYMENT = "UNAPPLIED_PAYMENT";
  static final String UNMATCHED_RETURN = "UNMATCHED_RETURN";

  static final Field<?>[] PAYMENT_FIELDS = {
    P_ID,
    P_ACCOUNT,
    P_SOURCE,
    P_REFERENCE,
    P_RAIL,
    P_AMOUNT,
    P_CURRENCY,
    P_RECEIVED_AT,
    P_RECEIVED_ON,
    P_SETTLEMENT_DATE,
    P_BRAND,
    P_LAST4,
    P_STATUS,
    P_SETTLED_ON,
    P_REFUNDED,
    P_CHARGED_BACK,
    P_FEES,
    P_RECOVERY,
    P_GLOBAL_INDEX
  };

  static final Field<?>[] STEP_FIELDS = {
    S_EVENT,
    S_PAYMENT,
    S_GLOBAL_INDEX,
    S_STEP,
    S_BUSINESS_DATE,
    S_RECORDED_AT,
    S_AMOUNT,
    S_REFERENCE,
    S_REASON_CODE,
    S_ENTRY,
    S_DETAIL
  };

  static final Field<?>[] EXCEPTION_FIELDS = {
    X_KIND,
    X_REFERENCE,
    X_GLOBAL_INDEX,
    X_RECORDED_AT,
    X_AMOUNT,
    X_CURRENCY,
    X_PAYMENT,
    X_TRACE,
    X_REASON_CODE,
    X_RESOLVED,
    X_RESOLVED_TO
  };
}
