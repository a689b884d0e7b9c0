package org.premiumledger.app.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A member of staff as administrators see them; never carries a password, secret or code. */
public record StaffUser(
    UUID userId,
    String username,
    String displayName,
    Set<StaffRole> roles,
    boolean enabled,
    boolean secondFactorEnrolled,
    Instant lockedUntil,
    int failedSignIns,
    String preferredLanguage,
    Instant createdAt) {

  public StaffUser {
    roles = Set.copyOf(roles);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
