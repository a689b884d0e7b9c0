package org.premiumledger.app.staff;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to staff users: create, disable or enable, change roles, reset the second
 * factor or the password, unlock. Every change is audited with who, when and from where. An
 * administrator cannot disable themselves or take away their own administrator role, so the last
 * administrator cannot lock everyone out by mistake.
 */
@Service
public class StaffAccounts {

  private static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,63}";
  private static final String PASSWORD_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GENERATED_PASSWORD_LENGTH = 16;

  private final StaffUserStore store;
  private final SecurityAudit audit;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  StaffAccounts(StaffUserStore store, SecurityAudit audit, PasswordEncoder passwords, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public List<StaffUser> list() {
    return store.all();
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  @Transactional
  public NewStaffUser create(String typedUsername, String displayName, Set<StaffRole> roles) {
    String username = StaffSignIn.normalize(typedUsername);
    if (!username.matches(USERNAME_PATTERN)) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.USERNAME_INVALID);
    }
    if (displayName == null || displayName.isBlank()) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.DISPLAY_NAME_MISSING);
    }
    requireSomeRole(roles);
    if (store.exists(username)) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.USERNAME_TAKEN);
    }
    String password = generatePassword();
    String hash = passwords.encode(password);
    UUID userId = UUID.randomUUID();
    String actor = CurrentRequest.actor().username();
    store.insert(userId, username, displayName.trim(), hash, roles, clock.instant(), actor);
    store.setPasswordHash(userId, hash, true);
    audit(SecurityEventType.USER_CREATED, username, "roles " + names(roles));
    return new NewStaffUser(find(userId), password);
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public StaffUser setEnabled(UUID userId, boolean enabled) {
    StaffUser user = find(userId);
    if (!enabled && user.userId().equals(CurrentRequest.actor().userId())) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.CANNOT_DISABLE_SELF);
    }
    store.setEnabled(userId, enabled);
    audit(
        enabled ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
        user.username(),
        null);
    return find(userId);
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  @Transactional
  public StaffUser changeRoles(UUID userId, Set<StaffRole> roles) {
    StaffUser user = find(userId);
    requireSomeRole(roles);
    if (user.userId().equals(CurrentRequest.actor().userId())
        && !roles.contains(StaffRole.ADMINISTRATOR)) {
      throw new StaffAccountRefusedException(
          StaffAccountRefusal.CANNOT_REMOVE_OWN_ADMINISTRATOR_ROLE);
    }
    store.replaceRoles(userId, roles);
    audit(
        SecurityEventType.ROLES_CHANGED,
        user.username(),
        "from " + names(user.roles()) + " to " + names(roles));
    return find(userId);
  }

  /** Forgets the second factor and its recovery codes: the user enrols again at next sign-in. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  @Transactional
  public StaffUser resetSecondFactor(UUID userId) {
    StaffUser user = find(userId);
    store.clearSecondFactor(userId);
    audit(SecurityEventType.SECOND_FACTOR_RESET, user.username(), null);
    return find(userId);
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public StaffUser unlock(UUID userId) {
    StaffUser user = find(userId);
    store.clearFailures(userId);
    audit(SecurityEventType.USER_UNLOCKED, user.username(), null);
    return find(userId);
  }

  /** A new one-time password, answered once to hand to the user. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public NewStaffUser resetPassword(UUID userId) {
    StaffUser user = find(userId);
    String password = generatePassword();
    store.setPasswordHash(userId, passwords.encode(password), true);
    audit(SecurityEventType.PASSWORD_RESET, user.username(), null);
    return new NewStaffUser(find(userId), password);
  }

  /** The signed-in user's own choice of language for the workbench. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public void choosePreferredLanguage(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    if (!code.equals("en") && !code.equals("es")) {
      throw new IllegalArgumentException("expected language en or es, found " + language);
    }
    store.setPreferredLanguage(CurrentRequest.actor().userId(), code);
  }

  private StaffUser find(UUID userId) {
    return store
        .findCredentials(userId)
        .map(StaffUserStore.Credentials::user)
        .orElseThrow(() -> new StaffAccountRefusedException(StaffAccountRefusal.UNKNOWN_USER));
  }

  private static void requireSomeRole(Set<StaffRole> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.NO_ROLE);
    }
  }

  private void audit(SecurityEventType type, String subject, String detail) {
    audit.record(
        type, CurrentRequest.actor().username(), subject, CurrentRequest.remoteAddress(), detail);
  }

  private String generatePassword() {
    StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
    for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  private static String names(Set<StaffRole> roles) {
    return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }
}
