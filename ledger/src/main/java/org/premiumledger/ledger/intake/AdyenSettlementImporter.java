package org.premiumledger.ledger.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;

/**
 * Adyen's Settlement details report: one line per booking of a settlement batch, typed {@code
 * Settled}, {@code Refunded}, {@code Chargeback}, {@code ChargebackReversed}, {@code
 * MerchantPayout}, {@code Fee} and others. Amounts are in the gross (GC) and net (NC) currency
 * columns; the difference is what Adyen kept. Our payments are matched by {@code Psp Reference};
 * {@code Merchant Reference} carries our billing account id. A batch's {@code MerchantPayout} must
 * equal the net of its other lines.
 */
@Component
class AdyenSettlementImporter extends ProcessorReportImporter {

  static final String FORMAT = "adyen-settlement";

  private static final Set<String> COLUMNS =
      Set.of(
          "psp reference",
          "merchant reference",
          "payment method",
          "creation date",
          "type",
          "gross currency",
          "net currency",
          "batch number");

  private static final Set<String> WALLETS =
      Set.of("applepay", "googlepay", "paywithgoogle", "amazonpay", "paypal", "venmo", "cashapp");

  private final LedgerSettings settings;

  AdyenSettlementImporter(IntakeLedger ledger, LedgerSettings settings) {
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
    return true;
  }

  @Override
  ProcessorItem parse(CsvTable.Row row) {
    String type = Fields.required(row, "type");
    Currency currency = Fields.currency(row, "gross currency");
    if (row.has("net currency") && !Fields.currency(row, "net currency").equals(currency)) {
      throw row.fault("net currency", "the gross currency " + currency.getCurrencyCode());
    }
    long grossDebit = Fields.decimalCents(row, "gross debit (gc)");
    long grossCredit = Fields.decimalCents(row, "gross credit (gc)");
    long netDebit = Fields.decimalCents(row, "net debit (nc)");
    long netCredit = Fields.decimalCents(row, "net credit (nc)");
    Instant at = Fields.timestamp(row, "creation date", zoneOf(row));
    String batch = Fields.required(row, "batch number");
    Rail rail = railOf(row.get("payment method"));

    return switch (type) {
      case "Settled", "SettledBulk" ->
          payment(row, ProcessorItem.Kind.PAYMENT, grossCredit, netCredit, currency, at, batch);
      case "ChargebackReversed" ->
          payment(
              row,
              ProcessorItem.Kind.CHARGEBACK_REVERSAL,
              grossCredit,
              netCredit,
              currency,
              at,
              batch);
      case "Refunded", "RefundedBulk" ->
          takeBack(row, ProcessorItem.Kind.REFUND, grossDebit, netDebit, currency, at, batch);
      case "Chargeback", "SecondChargeback" ->
          takeBack(row, ProcessorItem.Kind.CHARGEBACK, grossDebit, netDebit, currency, at, batch);
      case "MerchantPayout" -> payout(row, netDebit, currency, at, batch);
      default -> other(row, rail, netCredit - netDebit, currency, at, batch);
    };
  }

  private ProcessorItem payment(
      CsvTable.Row row,
      ProcessorItem.Kind kind,
      long gross,
      long net,
      Currency currency,
      Instant at,
      String batch) {
    if (gross <= 0) {
      throw row.fault("gross credit (gc)", "an amount more than 0");
    }
    if (net > gross) {
      throw row.fault("net credit (nc)", "at most the gross credit");
    }
    return item(row, kind, gross, gross - net, net, currency, at, batch);
  }

  private ProcessorItem takeBack(
      CsvTable.Row row,
      ProcessorItem.Kind kind,
      long gross,
      long net,
      Currency currency,
      Instant at,
      String batch) {
    if (gross <= 0) {
      throw row.fault("gross debit (gc)", "an amount more than 0");
    }
    if (net < gross) {
      throw row.fault("net debit (nc)", "at least the gross debit");
    }
    return item(row, kind, gross, net - gross, -net, currency, at, batch);
  }

  private ProcessorItem item(
      CsvTable.Row row,
      ProcessorItem.Kind kind,
      long gross,
      long fee,
      long net,
      Currency currency,
      Instant at,
      String batch) {
    String pspReference = Fields.text(row, "psp reference", 64);
    String itemReference =
        switch (kind) {
          case REFUND ->
              firstNonBlank(
                  row.get("modification merchant reference"), row.get("modification reference"));
          case CHARGEBACK ->
              (row.get("type").equals("SecondChargeback") ? "cb2:" : "cb:") + pspReference;
          case CHARGEBACK_REVERSAL -> "cb:" + pspReference;
          default -> null;
        };
    return new ProcessorItem(
        row.line(),
        kind,
        railOf(row.get("payment method")),
        pspReference,
        itemReference,
        Fields.optionalAccount(row, "merchant reference"),
        new Money(gross, currency),
        fee,
        net,
        at.atZone(settings.getZone()).toLocalDate(),
        at,
        batch,
        null,
        new PaymentMethod(brandOf(row.get("payment method")), null, null, null));
  }

  private ProcessorItem payout(
      CsvTable.Row row, long netDebit, Currency currency, Instant at, String batch) {
    if (netDebit <= 0) {
      throw row.fault("net debit (nc)", "the payout amount, more than 0");
    }
    String reference = "batch-" + batch;
    return new ProcessorItem(
        row.line(),
        ProcessorItem.Kind.PAYOUT,
        Rail.CARD,
        null,
        reference,
        null,
        new Money(netDebit, currency),
        0,
        -netDebit,
        at.atZone(settings.getZone()).toLocalDate(),
        at,
        batch,
        null,
        null);
  }

  private ProcessorItem other(
      CsvTable.Row row, Rail rail, long net, Currency currency, Instant at, String batch) {
    String reference = firstNonBlank(row.get("modification reference"), row.get("psp reference"));
    return new ProcessorItem(
        row.line(),
        ProcessorItem.Kind.OTHER,
        rail,
        reference == null ? "line-" + row.line() : reference,
        row.get("type"),
        null,
        new Money(Math.abs(net), currency),
        0,
        net,
        at.atZone(settings.getZone()).toLocalDate(),
        at,
        batch,
        null,
        null);
  }

  private ZoneId zoneOf(CsvTable.Row row) {
    if (!row.has("timezone")) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(row.get("timezone"), ZoneId.SHORT_IDS);
    } catch (DateTimeException e) {
      throw row.fault("timezone", "a time zone such as UTC or CET");
    }
  }

  private static Rail railOf(String paymentMethod) {
    return WALLETS.contains(paymentMethod.toLowerCase(Locale.ROOT)) ? Rail.WALLET : Rail.CARD;
  }

  private static String brandOf(String paymentMethod) {
    return switch (paymentMethod.toLowerCase(Locale.ROOT)) {
      case "visa" -> "Visa";
      case "mc" -> "Mastercard";
      case "amex" -> "American Express";
      case "discover" -> "Discover";
      case "" -> null;
      default -> paymentMethod;
    };
  }

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second == null || second.isBlank() ? null : second;
  }
}
