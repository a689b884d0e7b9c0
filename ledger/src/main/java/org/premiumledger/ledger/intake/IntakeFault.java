package org.premiumledger.ledger.intake;

import org.premiumledger.ledger.api.ImportRejection;

/** A fault found in a file: where, and what was expected instead. The file posts nothing. */
final class IntakeFault extends RuntimeException {

  private final transient ImportRejection rejection;

  IntakeFault(ImportRejection rejection) {
    super(rejection.describe(), null, false, false);
    this.rejection = rejection;
  }

  ImportRejection rejection() {
    return rejection;
  }
}
