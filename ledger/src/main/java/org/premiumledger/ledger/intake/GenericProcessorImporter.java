package org.premiumledger.ledger.intake;

import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;

/**
 * Premium Ledger's own settlement layout for processors that have no importer of their own (PayPal,
 * wallets, third-party payers); docs/readme/intake.md describes it. Amounts are positive dollars
 * with two decimals; the {@code record_type} says which way the money went, and each batch's {@code
 * payout} line must equal the net of the batch's other lines.
 */
@Component
class GenericProcessorImporter extends ProcessorReportImporter {

  static final String FORMAT = "generic-settlement";

  private static final Set<String> COLUMNS =
      Set.of(
          "record_type",
          "processor_reference",
          "rail",
          "amount",
          "currency",
          "occurred_at",
          "batch_id");

  private final LedgerSettings settings;

  GenericProcessorImporter(IntakeLedger ledger, LedgerSettings settings) {
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
    ProcessorItem.Kind kind =
        switch (Fields.required(row, "record_type")) {
          case "payment" -> ProcessorItem.Kind.PAYMENT;
          case "refund" -> ProcessorItem.Kind.REFUND;
          case "chargeback" -> ProcessorItem.Kind.CHARGEBACK;
          case "chargeback_reversal" -> ProcessorItem.Kind.CHARGEBACK_REVERSAL;
          case "payout" -> ProcessorItem.Kind.PAYOUT;
          case "fee" -> ProcessorItem.Kind.OTHER;
          default ->
              throw row.fault(
                  "record_type", "payment, refund, chargeback, chargeback_reversal, fee or payout");
        };
    Rail rail = railOf(row);
    long amount = Fields.dollars(row, "amount");
    if (amount <= 0) {
      throw row.fault("amount", "an amount more than 0.00");
    }
    long fee = row.has("fee") ? Fields.dollars(row, "fee") : 0;
    if (fee < 0) {
      throw row.fault("fee", "an amount of 0.00 or more");
    }
    Currency currency = Fields.currency(row, "currency");
    Instant at = Fields.timestamp(row, "occurred_at", settings.getZone());
    String reference = Fields.text(row, "processor_reference", 128);
    boolean needsItemReference =
        kind == ProcessorItem.Kind.REFUND
            || kind == ProcessorItem.Kind.CHARGEBACK
            || kind == ProcessorItem.Kind.CHARGEBACK_REVERSAL;
    String itemReference =
        kind == ProcessorItem.Kind.PAYOUT
            ? reference
            : needsItemReference ? Fields.text(row, "item_reference", 128) : null;
    long net =
        switch (kind) {
          case PAYMENT, CHARGEBACK_REVERSAL -> amount - fee;
          case REFUND, CHARGEBACK -> -(amount + fee);
          case OTHER -> -amount;
          case PAYOUT -> -amount;
        };
    String last4 = row.get("last4");
    if (!last4.isEmpty() && !last4.matches("\\d{4}")) {
      throw row.fault("last4", "the last four digits of the card");
    }
    return new ProcessorItem(
        row.line(),
        kind,
        rail,
        reference,
        itemReference,
        Fields.optionalAccount(row, "billing_account_id"),
        new Money(amount, currency),
        kind == ProcessorItem.Kind.OTHER ? 0 : fee,
        net,
        at.atZone(settings.getZone()).toLocalDate(),
        at,
        Fields.required(row, "batch_id"),
        row.has("reason_code") ? row.get("reason_code") : null,
        new PaymentMethod(
            row.has("brand") ? row.get("brand") : null,
            last4.isEmpty() ? null : last4,
            null,
            null));
  }

  private static Rail railOf(CsvTable.Row row) {
    return switch (Fields.required(row, "rail")) {
      case "card" -> Rail.CARD;
      case "wallet" -> Rail.WALLET;
      case "third-party" -> Rail.THIRD_PARTY;
      default -> throw row.fault("rail", "card, wallet or third-party");
    };
  }
}
