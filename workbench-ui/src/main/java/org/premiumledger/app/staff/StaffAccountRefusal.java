package org.premiumledger.app.staff;

/**
 * Why a change to a staff user (an administrator's, or a user's own password) was refused. Each has
 * a message under {@code staff.refusal.<name>} in the workbench's translations; none would succeed
 * on a retry.
 */
public enum StaffAccountRefusal {
  UNKNOWN_USER,
  USERNAME_INVALID,
  USERNAME_TAKEN,
  DISPLAY_NAME_MISSING,
  NO_ROLE,
  CANNOT_DISABLE_SELF,
  CANNOT_REMOVE_OWN_ADMINISTRATOR_ROLE,
  PASSWORD_TOO_SHORT,
  PASSWORDS_DIFFER,
  PASSWORD_UNCHANGED;

  public String messageKey() {
    return "staff.refusal." + name();
  }
}
