package org.premiumledger.projections.platform;

import org.premiumledger.ledger.api.AchPaymentSettledEvent;
import org.premiumledger.ledger.api.AchRefundSettledEvent;
import org.premiumledger.ledger.api.BillAdjustedEvent;
import org.premiumledger.ledger.api.BillCancelledEvent;
import org.premiumledger.ledger.api.ChargebackLostEvent;
import org.premiumledger.ledger.api.ChargebackOpenedEvent;
import org.premiumledger.ledger.api.ChargebackWonEvent;
import org.premiumledger.ledger.api.IssuerRemittedEvent;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
import org.premiumledger.ledger.api.PremiumBilledEvent;
import org.premiumledger.ledger.api.PremiumWrittenOffEvent;
import org.premiumledger.ledger.api.ProcessorFeeRecordedEvent;
import org.premiumledger.ledger.api.ProcessorPayoutRecordedEvent;
import org.premiumledger.ledger.api.RefundIssuedEvent;
import org.premiumledger.ledger.api.UnappliedPaymentAppliedEvent;
import org.premiumledger.ledger.api.UnmatchedReturnRecordedEvent;

/**
 * What a line of history or an export shows of the event behind it: the payment it concerns, the
 * reference a person would look for (payment reference, return, chargeback or refund reference,
 * coverage month) and a reason code (an ACH R-code, a card network's reason).
 */
public record EventDescription(String paymentId, String reference, String reasonCode) {

  public static EventDescription of(Object event) {
    if (event instanceof PaymentReceivedEvent e) {
      return new EventDescription(e.paymentId().value(), e.identity().reference(), null);
    }
    if (event instanceof UnappliedPaymentAppliedEvent e) {
      return new EventDescription(e.paymentId().value(), null, null);
    }
    if (event instanceof AchPaymentSettledEvent e) {
      return new EventDescription(e.paymentId().value(), null, null);
    }
    if (event instanceof PaymentReturnedEvent e) {
      return new EventDescription(e.paymentId().value(), e.returnReference(), e.reasonCode());
    }
    if (event instanceof ChargebackOpenedEvent e) {
      return new EventDescription(e.paymentId().value(), e.chargebackReference(), e.reasonCode());
    }
    if (event instanceof ChargebackWonEvent e) {
      return new EventDescription(e.paymentId().value(), e.chargebackReference(), null);
    }
    if (event instanceof ChargebackLostEvent e) {
      return new EventDescription(e.paymentId().value(), e.chargebackReference(), null);
    }
    if (event instanceof RefundIssuedEvent e) {
      return new EventDescription(e.paymentId().value(), e.refundReference(), null);
    }
    if (event instanceof AchRefundSettledEvent e) {
      return new EventDescription(e.paymentId().value(), e.refundReference(), null);
    }
    if (event instanceof ProcessorFeeRecordedEvent e) {
      return new EventDescription(e.paymentId().value(), e.feeReference(), null);
    }
    if (event instanceof PaymentVoidedEvent e) {
      return new EventDescription(e.paymentId().value(), null, null);
    }
    if (event instanceof PremiumBilledEvent e) {
      return new EventDescription(null, e.coverageMonth().toString(), null);
    }
    if (event instanceof BillAdjustedEvent e) {
      return new EventDescription(null, e.coverageMonth().toString(), null);
    }
    if (event instanceof BillCancelledEvent e) {
      return new EventDescription(null, e.coverageMonth().toString(), null);
    }
    if (event instanceof PremiumWrittenOffEvent e) {
      return new EventDescription(null, e.writeOffReference(), null);
    }
    if (event instanceof UnmatchedReturnRecordedEvent e) {
      return new EventDescription(null, e.returnReference(), e.reasonCode());
    }
    if (event instanceof ProcessorPayoutRecordedEvent e) {
      return new EventDescription(null, e.payoutReference(), null);
    }
    if (event instanceof IssuerRemittedEvent e) {
      return new EventDescription(null, e.remittanceReference(), null);
    }
    return new EventDescription(null, null, null);
  }
}
