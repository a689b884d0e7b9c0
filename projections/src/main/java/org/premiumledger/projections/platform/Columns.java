package org.premiumledger.projections.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Typed jOOQ names for the projection tables, written by hand (no code generation). */
public final class Columns {

  private Columns() {}

  public static Table<?> table(String name) {
    return DSL.table(DSL.name(name));
  }

  public static Field<String> text(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.VARCHAR);
  }

  public static Field<Long> bigint(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.BIGINT);
  }

  public static Field<Integer> integer(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.INTEGER);
  }

  public static Field<Boolean> bool(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.BOOLEAN);
  }

  public static Field<LocalDate> date(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.LOCALDATE);
  }

  public static Field<Instant> instant(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.INSTANT);
  }

  public static Field<UUID> uuid(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.UUID);
  }

  public static Field<JSONB> jsonb(String table, String column) {
    return DSL.field(DSL.name(table, column), SQLDataType.JSONB);
  }

  public static String uuidText(UUID value) {
    return value == null ? null : value.toString();
  }
}
