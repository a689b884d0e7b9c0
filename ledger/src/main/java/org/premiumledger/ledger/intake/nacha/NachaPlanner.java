package org.premiumledger.ledger.intake.nacha;

import static org.premiumledger.ledger.intake.nacha.NachaRecord.quoted;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.intake.nacha.BankAccounts.BankAccount;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.BatchHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;
import org.premiumledger.ledger.intake.nacha.NachaPlan.ChangeItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.DebitItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.KnownPayment;
import org.premiumledger.ledger.intake.nacha.NachaPlan.ReturnItem;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a well-formed file against the ledger before anything posts: debits come from our ODFI,
 * name known billing accounts and do not reuse another payment's trace number. Reads what the
 * posting needs in a few set queries, not one per entry.
 */
@Component
class NachaPlanner {

  private static final int MAX_REJECTIONS = 100;

  private final JdbcTemplate jdbc;
  private final AchSettings ach;
  private final LedgerSettings ledger;
  private final BankAccounts bankAccounts;

  NachaPlanner(
      JdbcTemplate jdbc, AchSettings ach, LedgerSettings ledger, BankAccounts bankAccounts) {
    this.jdbc = jdbc;
    this.ach = ach;
    this.ledger = ledger;
    this.bankAccounts = bankAccounts;
  }

  NachaPlan plan(String fileName, NachaFile file) {
    List<ImportRejection> rejections = new ArrayList<>();
    List<PlannedDebit> debits = new ArrayList<>();
    List<ReturnItem> returns = new ArrayList<>();
    List<ChangeItem> changes = new ArrayList<>();
    List<EntryDetail> returnEntries = new ArrayList<>();
    List<LocalDate> returnDates = new ArrayList<>();
    List<EntryDetail> changeEntries = new ArrayList<>();

    for (Batch batch : file.batches()) {
      BatchHeader header = batch.header();
      boolean batchHasDebits = false;
      for (EntryDetail entry : batch.entries()) {
        if (header.isNotificationOfChange()) {
          changeEntries.add(entry);
        } else if (entry.addenda() instanceof ReturnAddenda) {
          returnEntries.add(entry);
          returnDates.add(settlementDate(header));
        } else if (TransactionCodes.LIVE_CREDITS.contains(entry.transactionCode())) {
          rejections.add(
              new ImportRejection(
                  fileName,
                  entry.line(),
                  "transaction code",
                  "a premium debit (27 or 37): the exchange imports the debits it originated,"
                      + " its refund credits it writes itself",
                  quoted(String.valueOf(entry.transactionCode()))));
        } else if (TransactionCodes.LIVE_DEBITS.contains(entry.transactionCode())) {
          batchHasDebits = true;
          debit(fileName, header, entry, rejections).ifPresent(debits::add);
        }
      }
      if (batchHasDebits && !header.odfiId().equals(ach.odfiId())) {
        rejections.add(
            new ImportRejection(
                fileName,
                header.line(),
                "originating DFI identification",
                "our ODFI " + ach.odfiId() + " in a batch of premium debits we originated",
                quoted(header.odfiId())));
      }
    }
    if (rejections.isEmpty()) {
      requireKnownAccounts(fileName, debits, rejections);
    }
    Set<PaymentId> recorded = Set.of();
    if (rejections.isEmpty()) {
      recorded = requireTracesFreeOrSame(fileName, debits, rejections);
    }
    if (!rejections.isEmpty()) {
      return NachaPlan.rejected(rejections.subList(0, Math.min(rejections.size(), MAX_REJECTIONS)));
    }

    Map<PaymentId, KnownPayment> originals = originalsOf(returnEntries, changeEntries);
    Set<String> dealtWith = returnsDealtWith(returnEntries);
    for (int i = 0; i < returnEntries.size(); i++) {
      EntryDetail entry = returnEntries.get(i);
      ReturnAddenda addenda = (ReturnAddenda) entry.addenda();
      returns.add(
          new ReturnItem(
              entry,
              addenda,
              returnDates.get(i),
              originals.get(paymentIdOf(addenda.originalTraceNumber())),
              dealtWith.contains(entry.traceNumber())));
    }
    for (EntryDetail entry : changeEntries) {
      ChangeAddenda addenda = (ChangeAddenda) entry.addenda();
      changes.add(
          new ChangeItem(
              entry, addenda, originals.get(paymentIdOf(addenda.originalTraceNumber()))));
    }
    return new NachaPlan(debitItems(debits, recorded), returns, changes, List.of());
  }

  private Optional<PlannedDebit> debit(
      String fileName, BatchHeader header, EntryDetail entry, List<ImportRejection> rejections) {
    BillingAccountId billingAccount;
    try {
      billingAccount = new BillingAccountId(entry.individualId());
    } catch (IllegalArgumentException e) {
      rejections.add(
          new ImportRejection(
              fileName,
              entry.line(),
              "individual identification number",
              "the billing account id the debit is for",
              quoted(entry.individualId())));
      return Optional.empty();
    }

    String accountType = TransactionCodes.accountType(entry.transactionCode());
    String last4 = BankAccounts.last4(entry.accountNumber());
    RecordPaymentCommand payment =
        new RecordPaymentCommand(
            PaymentIdentity.achTrace(entry.traceNumber()),
            billingAccount,
            Rail.ACH,
            Money.usd(entry.amountCents()),
            header.effectiveEntryDate().atStartOfDay(ledger.getZone()).toInstant(),
            settlementDate(header),
            new PaymentMethod(
                "ACH " + accountType, last4.matches("\\d{4}") ? last4 : null, null, null));
    BankAccount account =
        new BankAccount(
            entry.rdfiRoutingNumber(), entry.accountNumber(), accountType, entry.individualName());
    return Optional.of(new PlannedDebit(entry, payment, account));
  }

  private void requireKnownAccounts(
      String fileName, List<PlannedDebit> debits, List<ImportRejection> rejections) {
    String[] ids =
        debits.stream()
            .map(debit -> debit.payment().billingAccountId().value())
            .distinct()
            .toArray(String[]::new);
    Map<String, String> currencies = new HashMap<>();
    jdbc.query(
        "select billing_account_id, currency from ledger_billing_account"
            + " where billing_account_id = any(?)",
        row -> {
          currencies.put(row.getString(1), row.getString(2));
        },
        (Object) ids);
    for (PlannedDebit debit : debits) {
      String id = debit.payment().billingAccountId().value();
      String currency = currencies.get(id);
      if (currency == null) {
        rejections.add(
            new ImportRejection(
                fileName,
                debit.entry().line(),
                "individual identification number",
                "the id of a billing account the exchange bills",
                quoted(id)));
      } else if (!currency.equals(Money.USD.getCurrencyCode())) {
        rejections.add(
            new ImportRejection(
                fileName,
                debit.entry().line(),
                "individual identification number",
                "a billing account billed in USD, the currency of ACH",
                quoted(id) + ", billed in " + currency));
      }
    }
  }

  /** A trace number already recorded must name the same payment, or the file would half post. */
  private Set<PaymentId> requireTracesFreeOrSame(
      String fileName, List<PlannedDebit> debits, List<ImportRejection> rejections) {
    Map<PaymentId, KnownPayment> existing =
        payments(debits.stream().map(debit -> debit.payment().paymentId()).toList());
    for (PlannedDebit debit : debits) {
      KnownPayment known = existing.get(debit.payment().paymentId());
      if (known == null) {
        continue;
      }
      RecordPaymentCommand payment = debit.payment();
      boolean same =
          payment.billingAccountId().equals(known.billingAccountId())
              && Rail.ACH.code().equals(known.rail())
              && payment.amount().cents() == known.amountCents()
              && payment.receivedAt().equals(known.receivedAt());
      if (!same) {
        rejections.add(
            new ImportRejection(
                fileName,
                debit.entry().line(),
                "trace number",
                "a trace number not already recorded for a different payment",
                quoted(debit.entry().traceNumber())
                    + ", recorded as payment "
                    + known.paymentId()));
      }
    }
    return existing.keySet();
  }

  private Map<PaymentId, KnownPayment> originalsOf(
      List<EntryDetail> returnEntries, List<EntryDetail> changeEntries) {
    List<PaymentId> ids = new ArrayList<>();
    returnEntries.forEach(
        entry -> ids.add(paymentIdOf(((ReturnAddenda) entry.addenda()).originalTraceNumber())));
    changeEntries.forEach(
        entry -> ids.add(paymentIdOf(((ChangeAddenda) entry.addenda()).originalTraceNumber())));
    return payments(ids);
  }

  private Map<PaymentId, KnownPayment> payments(List<PaymentId> ids) {
    Map<PaymentId, KnownPayment> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.query(
        """
        select payment_id::text, billing_account_id, rail, amount_cents, received_at
          from ledger_payment
         where payment_id = any(?::uuid[])
        """,
        row -> {
          String account = row.getString(2);
          KnownPayment payment =
              new KnownPayment(
                  new PaymentId(row.getString(1)),
                  account == null ? null : new BillingAccountId(account),
                  row.getString(3),
                  row.getLong(4),
                  row.getTimestamp(5).toInstant());
          found.put(payment.paymentId(), payment);
        },
        (Object) ids.stream().map(PaymentId::value).toArray(String[]::new));
    return found;
  }

  private Set<String> returnsDealtWith(List<EntryDetail> returnEntries) {
    if (returnEntries.isEmpty()) {
      return Set.of();
    }
    String[] traces = returnEntries.stream().map(EntryDetail::traceNumber).toArray(String[]::new);
    return new HashSet<>(
        jdbc.queryForList(
            "select trace_number from nacha_return_outcome where trace_number = any(?)",
            String.class,
            (Object) traces));
  }

  /**
   * Only the household's last debit in the file may set its account on file, and only when that
   * account differs from the one on file.
   */
  private List<DebitItem> debitItems(List<PlannedDebit> debits, Set<PaymentId> recorded) {
    Map<BillingAccountId, PlannedDebit> lastByAccount = new LinkedHashMap<>();
    debits.forEach(debit -> lastByAccount.put(debit.payment().billingAccountId(), debit));
    Map<String, String> fingerprints = fingerprintsOnFile(lastByAccount.keySet());

    List<DebitItem> items = new ArrayList<>(debits.size());
    for (PlannedDebit debit : debits) {
      BillingAccountId account = debit.payment().billingAccountId();
      boolean last = lastByAccount.get(account) == debit;
      String onFile = fingerprints.get(account.value());
      boolean recordAccount =
          last && (onFile == null || !onFile.equals(bankAccounts.fingerprint(debit.account())));
      boolean newToLedger = !recorded.contains(debit.payment().paymentId());
      items.add(new DebitItem(debit.payment(), debit.account(), recordAccount, newToLedger));
    }
    return items;
  }

  private Map<String, String> fingerprintsOnFile(Set<BillingAccountId> accounts) {
    Map<String, String> fingerprints = new HashMap<>();
    if (accounts.isEmpty()) {
      return fingerprints;
    }
    jdbc.query(
        "select billing_account_id, fingerprint from nacha_bank_account_on_file"
            + " where billing_account_id = any(?)",
        row -> {
          fingerprints.put(row.getString(1), row.getString(2));
        },
        (Object) accounts.stream().map(BillingAccountId::value).toArray(String[]::new));
    return fingerprints;
  }

  /** The settlement date the ACH operator put in the batch, or else the effective entry date. */
  static LocalDate settlementDate(BatchHeader header) {
    LocalDate effective = header.effectiveEntryDate();
    if (header.settlementDay().isBlank()) {
      return effective;
    }
    int day = Integer.parseInt(header.settlementDay());
    Year year = Year.of(effective.getYear());
    LocalDate settlement = year.atDay(Math.min(day, year.length()));
    // the operator settles on or after the effective date: a day early in the year is next year's
    if (settlement.isBefore(effective.minusDays(31))) {
      Year next = year.plusYears(1);
      settlement = next.atDay(Math.min(day, next.length()));
    }
    return settlement;
  }

  static PaymentId paymentIdOf(String traceNumber) {
    return PaymentId.forIdentity(PaymentIdentity.achTrace(traceNumber));
  }

  /** A debit with the entry it came from. */
  private record PlannedDebit(
      EntryDetail entry, RecordPaymentCommand payment, BankAccount account) {}
}
