package org.premiumledger.app.staff;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in: kept in the security context (and so in the HTTP session), hence serializable
 * and free of secrets.
 */
public record StaffPrincipal(
    UUID userId, String username, String displayName, Set<StaffRole> roles, String language)
    implements Serializable {

  public StaffPrincipal {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return username;
  }
}
