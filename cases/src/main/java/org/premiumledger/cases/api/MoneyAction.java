package org.premiumledger.cases.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.YearMonth;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.WriteOffBearer;

/**
 * What a case asks the ledger to do with money. Refunds and write-offs count toward the case's
 * total paid out; corrections move no money out of the exchange and always need a supervisor.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = MoneyAction.Refund.class, name = "refund"),
  @JsonSubTypes.Type(value = MoneyAction.VoidPayment.class, name = "void-payment"),
  @JsonSubTypes.Type(value = MoneyAction.CancelBill.class, name = "cancel-bill"),
  @JsonSubTypes.Type(value = MoneyAction.WriteOff.class, name = "write-off")
})
public sealed interface MoneyAction {

  /** What this action adds to the case's total paid out, in cents. */
  long paidOutCents();

  /** Corrections reverse entries; a supervisor always looks at them. */
  default boolean alwaysNeedsApproval() {
    return paidOutCents() == 0;
  }

  /** Refunds part or all of a payment to the household. */
  record Refund(PaymentId paymentId, Money amount) implements MoneyAction {
    public long paidOutCents() {
      return amount.cents();
    }
  }

  /** Voids a payment recorded in error (the mirror of its receipt). */
  record VoidPayment(PaymentId paymentId) implements MoneyAction {
    public long paidOutCents() {
      return 0;
    }
  }

  /** Cancels a bill issued in error. */
  record CancelBill(YearMonth coverageMonth) implements MoneyAction {
    public long paidOutCents() {
      return 0;
    }
  }

  /** Writes off premium the household owes, borne by the issuer or by the exchange. */
  record WriteOff(Money amount, WriteOffBearer bearer) implements MoneyAction {
    public long paidOutCents() {
      return amount.cents();
    }
  }
}
