package org.premiumledger.ledger.api;

/**
 * One value per row of the posting-rules table in DESIGN.md, plus the corrections that mirror an
 * earlier entry. The journal records which rule posted each entry.
 */
public enum PostingRule {
  PREMIUM_BILLED,
  BILL_ADJUSTED,
  BILL_CANCELLED,
  PAYMENT_RECEIVED,
  PAYMENT_RECEIVED_UNAPPLIED,
  UNAPPLIED_PAYMENT_APPLIED,
  ACH_DEBIT_SETTLED,
  PROCESSOR_FEE,
  PROCESSOR_PAYOUT,
  ACH_RETURN_BEFORE_SETTLEMENT,
  ACH_RETURN_AFTER_SETTLEMENT,
  ACH_RETURN_UNMATCHED,
  CHARGEBACK_OPENED,
  CHARGEBACK_WON,
  CHARGEBACK_LOST,
  REFUND_ISSUED,
  ACH_REFUND_CREDIT_SETTLED,
  PREMIUM_WRITTEN_OFF,
  EXCHANGE_LOSS_WRITTEN_OFF,
  ISSUER_REMITTANCE,
  /** The mirror of a payment recorded in error. */
  PAYMENT_VOIDED
}
