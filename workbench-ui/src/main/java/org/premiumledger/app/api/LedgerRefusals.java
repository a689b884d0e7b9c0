package org.premiumledger.app.api;

import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.springframework.http.HttpStatus;

/** Maps the ledger's refusals to problem details: the field at fault and the refusal's code. */
final class LedgerRefusals {

  private LedgerRefusals() {}

  static ApiProblem toProblem(LedgerRefusedException refused) {
    LedgerRefusal refusal = refused.refusal();
    String field =
        switch (refusal) {
          case UNKNOWN_BILLING_ACCOUNT -> "billingAccountId";
          case CURRENCY_MISMATCH -> "currency";
          case AMOUNT_NOT_POSITIVE -> "amountCents";
          case IDENTITY_REUSED_WITH_DIFFERENT_DETAILS -> "processorReference";
          default -> null;
        };
    HttpStatus status =
        refusal == LedgerRefusal.IDENTITY_REUSED_WITH_DIFFERENT_DETAILS
            ? HttpStatus.CONFLICT
            : HttpStatus.UNPROCESSABLE_ENTITY;
    return new ApiProblem(status, field, refusal.code(), refused.getMessage());
  }
}
