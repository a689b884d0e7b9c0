package org.premiumledger.app.staff;

/**
 * Why an administrator's change to a staff user was refused. Each has a message under {@code
 * staff.refusal.<name>} in the workbench's translations; none would succeed on a retry.
 */
public enum StaffAccountRefusal {
  UNKNOWN_USER,
  USERNAME_INVALID,
  USERNAME_TAKEN,
  DISPLAY_NAME_MISSING,
  NO_ROLE,
  CANNOT_DISABLE_SELF,
  CANNOT_REMOVE_OWN_ADMINISTRATOR_ROLE;

  public String messageKey() {
    return "staff.refusal." + name();
  }
}
