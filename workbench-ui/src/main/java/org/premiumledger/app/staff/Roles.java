package org.premiumledger.app.staff;

/**
 * The role names as constants, for {@code @RolesAllowed} on views and service methods. {@link
 * #SECOND_FACTOR_PENDING} is held by someone whose password was right and whose second factor is
 * still to come: it opens the second-factor page and nothing else. {@link #PASSWORD_CHANGE_PENDING}
 * is held after both factors by someone whose password an administrator set: it opens the page
 * where they choose their own, and nothing else.
 */
public final class Roles {

  public static final String AGENT = "AGENT";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMINISTRATOR = "ADMINISTRATOR";
  public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";
  public static final String PASSWORD_CHANGE_PENDING = "PASSWORD_CHANGE_PENDING";

  private Roles() {}
}
