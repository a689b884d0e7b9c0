package org.premiumledger.ledger.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;

/**
 * Stripe's itemized payout reconciliation report: one line per balance transaction, with {@code
 * gross}, {@code fee} and {@code net} in major units, a {@code reporting_category} ({@code charge},
 * {@code refund}, {@code dispute}, {@code dispute_reversal}, {@code fee}, ...) and the {@code
 * automatic_payout_id} that paid it out. Our payments are matched by {@code payment_intent_id}
 * (else {@code charge_id}, else {@code source_id}); the billing account comes from the {@code
 * payment_metadata[billing_account_id]} column when the report includes it. The report lists no
 * payout lines: each payout is the net of its lines, so a file must hold whole payouts.
 */
@Component
class StripePayoutReconciliationImporter extends ProcessorReportImporter {

  static final String FORMAT = "stripe-payout-reconciliation";

  private static final Set<String> COLUMNS =
      Set.of(
          "balance_transaction_id",
          "created_utc",
          "currency",
          "gross",
          "fee",
          "net",
          "reporting_category",
          "source_id",
          "automatic_payout_id");

  private static final String ACCOUNT_COLUMN = "payment_metadata[billing_account_id]";

  private final LedgerSettings settings;

  StripePayoutReconciliationImporter(IntakeLedger ledger, LedgerSettings settings) {
    super(ledger);
    this.settings = settings;
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
  boolean listsPayouts() {
    return false;
  }

  @Override
  ProcessorItem parse(CsvTable.Row row) {
    Fields.text(row, "balance_transaction_id", 64);
    String category = Fields.required(row, "reporting_category");
    Currency currency = Fields.currency(row, "currency");
    long gross = Fields.decimalCents(row, "gross");
    long fee = Fields.decimalCents(row, "fee");
    long net = Fields.decimalCents(row, "net");
    if (gross - fee != net) {
      throw row.fault(
          "net",
          "gross minus fee, " + org.premiumledger.ledger.api.MoneyFormat.decimal(gross - fee));
    }
    Instant at = Fields.timestamp(row, "created_utc", ZoneOffset.UTC);

    ProcessorItem.Kind kind =
        switch (category) {
          case "charge" -> ProcessorItem.Kind.PAYMENT;
          case "refund" -> ProcessorItem.Kind.REFUND;
          case "dispute" -> ProcessorItem.Kind.CHARGEBACK;
          case "dispute_reversal" -> ProcessorItem.Kind.CHARGEBACK_REVERSAL;
          default -> ProcessorItem.Kind.OTHER;
        };
    boolean moneyIn =
        kind == ProcessorItem.Kind.PAYMENT || kind == ProcessorItem.Kind.CHARGEBACK_REVERSAL;
    if (kind != ProcessorItem.Kind.OTHER && (moneyIn ? gross <= 0 : gross >= 0)) {
      throw row.fault("gross", moneyIn ? "an amount more than 0" : "an amount less than 0");
    }
    String source = Fields.required(row, "source_id");
    String paymentReference =
        kind == ProcessorItem.Kind.OTHER ? source : firstOf(row, "payment_intent_id", "charge_id");
    if (paymentReference == null) {
      paymentReference = source;
    }
    return new ProcessorItem(
        row.line(),
        kind,
        railOf(row.get("payment_method_type")),
        paymentReference,
        kind == ProcessorItem.Kind.PAYMENT ? null : source,
        Fields.optionalAccount(row, ACCOUNT_COLUMN),
        new Money(Math.abs(kind == ProcessorItem.Kind.OTHER ? net : gross), currency),
        Math.max(fee, 0),
        net,
        at.atZone(settings.getZone()).toLocalDate(),
        at,
        row.get("automatic_payout_id"),
        row.get("dispute_reason").isBlank() ? null : row.get("dispute_reason"),
        new PaymentMethod(row.has("card_brand") ? row.get("card_brand") : null, null, null, null));
  }

  private static String firstOf(CsvTable.Row row, String... columns) {
    for (String column : columns) {
      if (row.has(column)) {
        return row.get(column);
      }
    }
    return null;
  }

  private static Rail railOf(String paymentMethodType) {
    return switch (paymentMethodType.toLowerCase(Locale.ROOT)) {
      case "", "card", "card_present" -> Rail.CARD;
      default -> Rail.WALLET;
    };
  }
}
