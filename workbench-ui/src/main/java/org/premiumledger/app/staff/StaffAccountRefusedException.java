package org.premiumledger.app.staff;

/** An administrator's change refused for a business reason (not a programming error). */
public class StaffAccountRefusedException extends RuntimeException {

  private final StaffAccountRefusal refusal;

  public StaffAccountRefusedException(StaffAccountRefusal refusal) {
    super(refusal.name());
    this.refusal = refusal;
  }

  public StaffAccountRefusal refusal() {
    return refusal;
  }
}
