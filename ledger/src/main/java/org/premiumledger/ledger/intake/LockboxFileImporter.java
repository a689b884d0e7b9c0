package org.premiumledger.ledger.intake;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.MoneyFormat;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;

/**
 * The lockbox bank's deposit file of paper checks and money orders: one row per item with {@code
 * deposit_date}, {@code check_number}, {@code amount}, {@code payer_name} and {@code
 * billing_account_id} (blank when the coupon had none). Each item is a payment on the check rail
 * identified by its deposit date and check number; one with no known account waits in {@code
 * suspense:unapplied} and on the exceptions list until staff apply it.
 */
@Component
class LockboxFileImporter extends CsvFileImporter<LockboxFileImporter.Check> {

  static final String FORMAT = "lockbox";

  private static final Set<String> COLUMNS =
      Set.of("deposit_date", "check_number", "amount", "payer_name", "billing_account_id");

  private final IntakeLedger ledger;
  private final LedgerSettings settings;

  LockboxFileImporter(IntakeLedger ledger, LedgerSettings settings) {
    this.ledger = ledger;
    this.settings = settings;
  }

  record Check(
      int line, LocalDate depositDate, String checkNumber, long cents, BillingAccountId account)
      implements CsvFileImporter.Item {

    @Override
    public long debitCents() {
      return 0;
    }

    @Override
    public long creditCents() {
      return cents;
    }
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  Set<String> requiredColumns() {
    return COLUMNS;
  }

  @Override
  Check parse(CsvTable.Row row) {
    LocalDate depositDate = Fields.date(row, "deposit_date");
    String checkNumber = Fields.text(row, "check_number", 40);
    if (!checkNumber.matches("[A-Za-z0-9-]+")) {
      throw row.fault("check_number", "letters, digits or '-'");
    }
    long cents = Fields.dollars(row, "amount");
    if (cents <= 0) {
      throw row.fault("amount", "an amount more than 0.00");
    }
    return new Check(
        row.line(),
        depositDate,
        checkNumber,
        cents,
        Fields.optionalAccount(row, "billing_account_id"));
  }

  @Override
  void post(Check check, String fileName, Tally tally) {
    PaymentIdentity identity = PaymentIdentity.lockbox(check.depositDate(), check.checkNumber());
    Optional<IntakeLedger.KnownPayment> known = ledger.payment(PaymentId.forIdentity(identity));
    if (known.isPresent()) {
      requireSameAmount(check, known.get(), fileName);
      tally.alreadyPresent++;
      return;
    }

    boolean accountKnown = check.account() != null && ledger.accountExists(check.account());
    Money amount = Money.usd(check.cents());
    org.premiumledger.ledger.api.PaymentRecordedResponse recorded =
        ledger.send(
            new RecordPaymentCommand(
                identity,
                accountKnown ? check.account() : null,
                Rail.CHECK,
                amount,
                check.depositDate().atStartOfDay(settings.getZone()).toInstant(),
                null,
                new PaymentMethod("Check", null, null, null)));
    if (recorded.repeatedDelivery()) {
      tally.alreadyPresent++;
      return;
    }
    if (accountKnown) {
      tally.posted++;
      return;
    }
    String reason =
        check.account() == null
            ? "the coupon named no billing account"
            : "no billing account " + check.account() + " is known";
    ledger.listException(
        FORMAT, identity.key(), fileName, check.line(), "unapplied-check", amount, reason);
    tally.sentToExceptions++;
  }

  private static void requireSameAmount(
      Check check, IntakeLedger.KnownPayment known, String fileName) {
    if (known.amount().cents() != check.cents()) {
      throw new IntakeFault(
          new org.premiumledger.ledger.api.ImportRejection(
              fileName,
              check.line(),
              "amount",
              MoneyFormat.decimal(known.amount().cents())
                  + " as this deposit and check number were first recorded",
              MoneyFormat.decimal(check.cents())));
    }
  }
}
