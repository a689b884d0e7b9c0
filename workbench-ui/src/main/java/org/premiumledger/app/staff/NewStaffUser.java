package org.premiumledger.app.staff;

/**
 * A staff user just created, with the one-time password to hand to them; they enrol their second
 * factor at their first sign-in.
 */
public record NewStaffUser(StaffUser user, String initialPassword) {

  @Override
  public String toString() {
    return "NewStaffUser[" + user.username() + ", password hidden]";
  }
}
