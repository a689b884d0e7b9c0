package org.premiumledger.projections.journal;

import static org.premiumledger.projections.journal.JournalTables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.premiumledger.projections.api.AccountBalancesResponse;
import org.premiumledger.projections.api.FetchAccountBalancesQuery;
import org.premiumledger.projections.api.FetchJournalQuery;
import org.premiumledger.projections.api.FetchTrialBalanceQuery;
import org.premiumledger.projections.api.JournalResponse;
import org.premiumledger.projections.api.TrialBalanceResponse;
import org.premiumledger.projections.platform.Columns;
import org.premiumledger.projections.platform.Keyset;
import org.springframework.stereotype.Component;

/** Answers the journal for a period and account, account balances and the trial balance. */
@Component
public class JournalQueries {

  static final Field<Long> DEBITS =
      DSL.coalesce(DSL.sum(DSL.when(L_SIDE.eq("D"), L_AMOUNT)).cast(SQLDataType.BIGINT), 0L)
          .as("debits");
  static final Field<Long> CREDITS =
      DSL.coalesce(DSL.sum(DSL.when(L_SIDE.eq("C"), L_AMOUNT)).cast(SQLDataType.BIGINT), 0L)
          .as("credits");

  private final DSLContext db;

  JournalQueries(DSLContext db) {
    this.db = db;
  }

  /** Entries in a business-date range touching an account (its code or its family). */
  public static Condition entriesWithin(LocalDate from, LocalDate to, String accountCode) {
    Condition criteria = DSL.noCondition();
    if (from != null) {
      criteria = criteria.and(E_BUSINESS_DATE.ge(from));
    }
    if (to != null) {
      criteria = criteria.and(E_BUSINESS_DATE.le(to));
    }
    if (accountCode != null && !accountCode.isBlank()) {
      criteria =
          criteria.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(LINE)
                      .where(L_ENTRY.eq(E_ID))
                      .and(L_ACCOUNT.eq(accountCode).or(L_FAMILY.eq(accountCode)))));
    }
    return criteria;
  }

  @QueryHandler
  JournalResponse handle(FetchJournalQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    List<String> after = Keyset.decode(query.after(), 1);
    var rows =
        db.select(
                E_ID,
                E_GLOBAL_INDEX,
                E_RULE,
                E_CURRENCY,
                E_BUSINESS_DATE,
                E_RECORDED_AT,
                E_ACCOUNT,
                E_CORRECTS,
                E_AMOUNT)
            .from(ENTRY)
            .where(entriesWithin(query.from(), query.to(), query.accountCode()))
            .and(
                after == null ? DSL.noCondition() : E_GLOBAL_INDEX.gt(Long.parseLong(after.get(0))))
            .orderBy(E_GLOBAL_INDEX)
            .limit(pageSize + 1)
            .fetch();
    List<UUID> ids = rows.stream().limit(pageSize).map(row -> row.get(E_ID)).toList();
    Map<UUID, List<JournalResponse.Line>> lines =
        db
            .select(L_ENTRY, L_NUMBER, L_ACCOUNT, L_SIDE, L_AMOUNT)
            .from(LINE)
            .where(L_ENTRY.in(ids))
            .orderBy(L_ENTRY, L_NUMBER)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.get(L_ENTRY),
                    Collectors.mapping(
                        row ->
                            new JournalResponse.Line(
                                row.get(L_NUMBER),
                                row.get(L_ACCOUNT),
                                row.get(L_SIDE),
                                row.get(L_AMOUNT)),
                        Collectors.toList())));

    List<JournalResponse.Entry> entries = new ArrayList<>();
    for (var row : rows.subList(0, Math.min(pageSize, rows.size()))) {
      entries.add(
          new JournalResponse.Entry(
              row.get(E_ID).toString(),
              row.get(E_GLOBAL_INDEX),
              row.get(E_RULE),
              row.get(E_CURRENCY),
              row.get(E_BUSINESS_DATE),
              row.get(E_RECORDED_AT),
              row.get(E_ACCOUNT),
              Columns.uuidText(row.get(E_CORRECTS)),
              row.get(E_AMOUNT),
              lines.getOrDefault(row.get(E_ID), List.of())));
    }
    String next =
        rows.size() > pageSize ? Keyset.encode(entries.get(pageSize - 1).globalIndex()) : null;
    return new JournalResponse(entries, next);
  }

  @QueryHandler
  public TrialBalanceResponse handle(FetchTrialBalanceQuery query) {
    Field<String> account = query.byFamily() ? L_FAMILY : L_ACCOUNT;
    List<TrialBalanceResponse.Line> lines =
        db.select(account, L_TYPE, DEBITS, CREDITS)
            .from(LINE)
            .where(query.asOf() == null ? DSL.noCondition() : L_BUSINESS_DATE.le(query.asOf()))
            .groupBy(account, L_TYPE)
            .orderBy(account)
            .fetch(
                row -> {
                  long balance = row.get(DEBITS) - row.get(CREDITS);
                  return new TrialBalanceResponse.Line(
                      row.get(account),
                      row.get(L_TYPE),
                      Math.max(balance, 0),
                      Math.max(-balance, 0));
                });
    long debits = lines.stream().mapToLong(TrialBalanceResponse.Line::debitCents).sum();
    long credits = lines.stream().mapToLong(TrialBalanceResponse.Line::creditCents).sum();
    return new TrialBalanceResponse(query.asOf(), lines, debits, credits);
  }

  @QueryHandler
  AccountBalancesResponse handle(FetchAccountBalancesQuery query) {
    Condition criteria = DSL.noCondition();
    if (query.accountCodePrefix() != null && !query.accountCodePrefix().isBlank()) {
      criteria = criteria.and(L_ACCOUNT.startsWith(query.accountCodePrefix()));
    }
    if (query.asOf() != null) {
      criteria = criteria.and(L_BUSINESS_DATE.le(query.asOf()));
    }
    return new AccountBalancesResponse(
        db.select(L_ACCOUNT, L_TYPE, DEBITS, CREDITS)
            .from(LINE)
            .where(criteria)
            .groupBy(L_ACCOUNT, L_TYPE)
            .orderBy(L_ACCOUNT)
            .fetch(
                row ->
                    new AccountBalancesResponse.Balance(
                        row.get(L_ACCOUNT),
                        row.get(L_TYPE),
                        row.get(DEBITS),
                        row.get(CREDITS),
                        row.get(DEBITS) - row.get(CREDITS))));
  }
}
