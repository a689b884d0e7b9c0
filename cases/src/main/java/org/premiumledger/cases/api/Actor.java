package org.premiumledger.cases.api;

/**
 * Who did something to a case: a user id and the role in which they acted. The workbench fills it
 * from the signed-in user; the case refuses what the role may not do.
 */
public record Actor(String userId, StaffRole role) {

  public Actor {
    if (userId == null || userId.isBlank() || userId.length() > 128) {
      throw new IllegalArgumentException(
          "expected a user id of 1 to 128 characters, found '" + userId + "'");
    }
    java.util.Objects.requireNonNull(role, "role");
  }

  public static Actor agent(String userId) {
    return new Actor(userId, StaffRole.AGENT);
  }

  public static Actor supervisor(String userId) {
    return new Actor(userId, StaffRole.SUPERVISOR);
  }

  public static Actor system(String component) {
    return new Actor("system:" + component, StaffRole.SYSTEM);
  }

  public boolean isStaff() {
    return role == StaffRole.AGENT || role == StaffRole.SUPERVISOR;
  }
}
