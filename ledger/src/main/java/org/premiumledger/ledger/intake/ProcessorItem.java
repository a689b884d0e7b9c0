package org.premiumledger.ledger.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;

/**
 * One line of a processor's settlement report, in the ledger's terms.
 *
 * @param paymentReference the processor's reference of the payment (our payment identity)
 * @param itemReference the refund's, chargeback's or payout's own reference
 * @param account the billing account the processor was told of, or null
 * @param amount the gross amount, always positive
 * @param feeCents what the processor kept for this line, positive
 * @param netCents what this line adds to (positive) or takes from the batch's payout
 * @param batch the settlement batch (payout) this line belongs to
 */
record ProcessorItem(
    int line,
    Kind kind,
    Rail rail,
    String paymentReference,
    String itemReference,
    BillingAccountId account,
    Money amount,
    long feeCents,
    long netCents,
    LocalDate date,
    Instant at,
    String batch,
    String reasonCode,
    PaymentMethod method)
    implements CsvFileImporter.Item {

  enum Kind {
    PAYMENT,
    REFUND,
    CHARGEBACK,
    CHARGEBACK_REVERSAL,
    PAYOUT,
    /** A fee or adjustment the processor made that is tied to no payment: staff look at it. */
    OTHER
  }

  @Override
  public long debitCents() {
    return switch (kind) {
      case PAYMENT, CHARGEBACK_REVERSAL -> feeCents;
      case REFUND, CHARGEBACK -> amount.cents() + feeCents;
      case PAYOUT -> amount.cents();
      case OTHER -> netCents < 0 ? -netCents : 0;
    };
  }

  @Override
  public long creditCents() {
    return switch (kind) {
      case PAYMENT, CHARGEBACK_REVERSAL -> amount.cents();
      case OTHER -> netCents > 0 ? netCents : 0;
      default -> 0;
    };
  }
}
