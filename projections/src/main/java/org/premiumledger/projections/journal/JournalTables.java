package org.premiumledger.projections.journal;

import static org.premiumledger.projections.platform.Columns.bigint;
import static org.premiumledger.projections.platform.Columns.date;
import static org.premiumledger.projections.platform.Columns.instant;
import static org.premiumledger.projections.platform.Columns.integer;
import static org.premiumledger.projections.platform.Columns.text;
import static org.premiumledger.projections.platform.Columns.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.premiumledger.projections.platform.Columns;

/** The tables of the journal projection (see the V202612031710 migration). */
final class JournalTables {

  private JournalTables() {}

  static final Table<?> ENTRY = Columns.table("pj_journal_entry");
  static final Field<UUID> E_ID = uuid("pj_journal_entry", "entry_id");
  static final Field<Long> E_GLOBAL_INDEX = bigint("pj_journal_entry", "global_index");
  static final Field<String> E_EVENT = text("pj_journal_entry", "event_identifier");
  static final Field<String> E_RULE = text("pj_journal_entry", "posting_rule");
  static final Field<String> E_CURRENCY = text("pj_journal_entry", "currency");
  static final Field<LocalDate> E_BUSINESS_DATE = date("pj_journal_entry", "business_date");
  static final Field<Instant> E_RECORDED_AT = instant("pj_journal_entry", "recorded_at");
  static final Field<String> E_ACCOUNT = text("pj_journal_entry", "billing_account_id");
  static final Field<UUID> E_CORRECTS = uuid("pj_journal_entry", "corrects_entry_id");
  static final Field<Long> E_AMOUNT = bigint("pj_journal_entry", "amount_cents");

  static final Table<?> LINE = Columns.table("pj_journal_line");
  static final Field<UUID> L_ENTRY = uuid("pj_journal_line", "entry_id");
  static final Field<Integer> L_NUMBER = integer("pj_journal_line", "line_number");
  static final Field<Long> L_GLOBAL_INDEX = bigint("pj_journal_line", "global_index");
  static final Field<LocalDate> L_BUSINESS_DATE = date("pj_journal_line", "business_date");
  static final Field<String> L_ACCOUNT = text("pj_journal_line", "account_code");
  static final Field<String> L_FAMILY = text("pj_journal_line", "account_family");
  static final Field<String> L_TYPE = text("pj_journal_line", "account_type");
  static final Field<String> L_SIDE = text("pj_journal_line", "side");
  static final Field<Long> L_AMOUNT = bigint("pj_journal_line", "amount_cents");
}
