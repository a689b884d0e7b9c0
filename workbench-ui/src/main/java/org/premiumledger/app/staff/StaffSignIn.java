package org.premiumledger.app.staff;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.premiumledger.app.staff.SecondFactorResult.Outcome;
import org.premiumledger.app.staff.StaffUserStore.Credentials;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Signing in, in two steps. The password step (through Spring Security's form sign-in) yields only
 * {@link Roles#SECOND_FACTOR_PENDING}; the second step, a TOTP code or a recovery code (or, for a
 * user not yet enrolled, the code that confirms enrolment), yields the user's roles. Failures of
 * either step count together, per user and in the database: after a few they delay the next
 * attempt, then lock the account (see {@link SignInSettings}).
 */
@Service
public class StaffSignIn {

  private static final GrantedAuthority PENDING =
      new SimpleGrantedAuthority("ROLE_" + Roles.SECOND_FACTOR_PENDING);
  private static final GrantedAuthority PASSWORD_CHANGE_PENDING =
      new SimpleGrantedAuthority("ROLE_" + Roles.PASSWORD_CHANGE_PENDING);
  private static final int MINIMUM_PASSWORD_LENGTH = 12;

  private final StaffUserStore store;
  private final SecurityAudit audit;
  private final PasswordEncoder passwords;
  private final SecretCipher cipher;
  private final SignInSettings settings;
  private final Clock clock;
  private final TotpCodes totp = new TotpCodes();

  /** A hash of a random password, checked for unknown names so that they take as long. */
  private final String unknownUserHash;

  StaffSignIn(
      StaffUserStore store,
      SecurityAudit audit,
      PasswordEncoder passwords,
      SecretCipher cipher,
      SignInSettings settings,
      Clock clock) {
    this.store = store;
    this.audit = audit;
    this.passwords = passwords;
    this.cipher = cipher;
    this.settings = settings;
    this.clock = clock;
    this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
  }

  /**
   * The password step: answers an authentication holding only {@link Roles#SECOND_FACTOR_PENDING},
   * or throws why not (bad credentials, delayed, locked, disabled).
   */
  Authentication verifyPassword(String typedUsername, String password, String remoteAddress) {
    String username = normalize(typedUsername);
    Optional<Credentials> found = store.findCredentials(username);
    if (found.isEmpty()) {
      passwords.matches(password, unknownUserHash);
      audit.record(SecurityEventType.SIGN_IN_FAILED, null, username, remoteAddress, "unknown user");
      throw new BadCredentialsException("bad credentials");
    }
    Credentials credentials = found.get();
    StaffUser user = credentials.user();
    refuseIfBlocked(credentials, remoteAddress);
    if (!passwords.matches(password, credentials.passwordHash())) {
      recordFailure(user, SecurityEventType.SIGN_IN_FAILED, remoteAddress, "wrong password");
      throw new BadCredentialsException("bad credentials");
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        principal(user), null, List.of(PENDING));
  }

  /** Whether the signing-in user has a second factor yet, or must enrol one now. */
  @RolesAllowed(Roles.SECOND_FACTOR_PENDING)
  public boolean isEnrolled(StaffPrincipal pending) {
    return store.encryptedTotpSecret(pending.userId()).isPresent();
  }

  /** Starts enrolling: a new secret, with its QR code for the authenticator app. */
  @RolesAllowed(Roles.SECOND_FACTOR_PENDING)
  public SecondFactorEnrolment startEnrolment(StaffPrincipal pending) {
    if (isEnrolled(pending)) {
      throw new IllegalStateException("a second factor is already enrolled");
    }
    String secret = totp.newSecret();
    return new SecondFactorEnrolment(
        secret,
        totp.otpauthUri(settings.issuer(), pending.username(), secret),
        totp.qrCodePng(settings.issuer(), pending.username(), secret));
  }

  /**
   * Confirms an enrolment with a code from the app: stores the secret encrypted, and answers the
   * recovery codes (shown once) and the signed-in authentication. A wrong code counts as a failure.
   */
  @RolesAllowed(Roles.SECOND_FACTOR_PENDING)
  public EnrolmentResult confirmEnrolment(
      StaffPrincipal pending, SecondFactorEnrolment enrolment, String code, String remoteAddress) {
    Credentials credentials = currentCredentials(pending);
    Optional<SecondFactorResult> blocked = blocked(credentials, remoteAddress);
    if (blocked.isPresent()) {
      return new EnrolmentResult(blocked.get(), List.of());
    }
    Instant now = clock.instant();
    OptionalLong step = totp.matchingStep(enrolment.secret(), code, now);
    if (step.isEmpty() || isEnrolled(pending)) {
      recordFailure(credentials.user(), SecurityEventType.SECOND_FACTOR_FAILED, remoteAddress, "");
      return new EnrolmentResult(SecondFactorResult.refused(Outcome.WRONG_CODE), List.of());
    }
    List<String> recoveryCodes = totp.newRecoveryCodes();
    boolean enrolled =
        store.enrolSecondFactor(
            pending.userId(),
            encryptSecret(pending.userId(), enrolment.secret()),
            now,
            step.getAsLong(),
            recoveryCodes.stream().map(TotpCodes::recoveryCodeDigest).toList());
    if (!enrolled) {
      // another page of the same user enrolled first: that enrolment stands
      return new EnrolmentResult(SecondFactorResult.refused(Outcome.WRONG_CODE), List.of());
    }
    audit.record(
        SecurityEventType.SECOND_FACTOR_ENROLLED,
        pending.username(),
        pending.username(),
        remoteAddress,
        null);
    return new EnrolmentResult(
        signedIn(credentials, SecurityEventType.SIGNED_IN, remoteAddress), recoveryCodes);
  }

  /** The second step: a six-digit TOTP code, or one of the recovery codes. */
  @RolesAllowed(Roles.SECOND_FACTOR_PENDING)
  public SecondFactorResult verifySecondFactor(
      StaffPrincipal pending, String typedCode, String remoteAddress) {
    Credentials credentials = currentCredentials(pending);
    Optional<SecondFactorResult> blocked = blocked(credentials, remoteAddress);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    String code = typedCode == null ? "" : typedCode.trim().replace(" ", "");
    UUID userId = pending.userId();
    if (code.matches("\\d{" + TotpCodes.DIGITS + "}")) {
      OptionalLong step =
          store
              .encryptedTotpSecret(userId)
              .map(secret -> decryptSecret(userId, secret))
              .map(secret -> totp.matchingStep(secret, code, clock.instant()))
              .orElse(OptionalLong.empty());
      if (step.isPresent() && store.acceptTotpStep(userId, step.getAsLong())) {
        return signedIn(credentials, SecurityEventType.SIGNED_IN, remoteAddress);
      }
    } else if (!code.isEmpty()
        && store.useRecoveryCode(userId, TotpCodes.recoveryCodeDigest(code), clock.instant())) {
      return signedIn(credentials, SecurityEventType.SIGNED_IN_WITH_RECOVERY_CODE, remoteAddress);
    }
    recordFailure(credentials.user(), SecurityEventType.SECOND_FACTOR_FAILED, remoteAddress, "");
    return credentialsBlockedAfterFailure(pending);
  }

  /** Records a sign-out (called by the sign-out handler, whoever was signed in). */
  void recordSignOut(String username, String remoteAddress) {
    audit.record(SecurityEventType.SIGNED_OUT, username, username, remoteAddress, null);
  }

  static String normalize(String typedUsername) {
    return typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT);
  }

  static StaffPrincipal principal(StaffUser user) {
    return new StaffPrincipal(
        user.userId(), user.username(), user.displayName(), user.roles(), user.preferredLanguage());
  }

  byte[] encryptSecret(UUID userId, String secret) {
    return cipher.encrypt(secret.getBytes(StandardCharsets.US_ASCII), userId.toString());
  }

  private String decryptSecret(UUID userId, byte[] encrypted) {
    return new String(cipher.decrypt(encrypted, userId.toString()), StandardCharsets.US_ASCII);
  }

  private Credentials currentCredentials(StaffPrincipal pending) {
    return store
        .findCredentials(pending.userId())
        .orElseThrow(() -> new IllegalStateException("the signing-in user no longer exists"));
  }

  /**
   * Both factors are right: the user's roles, unless an administrator set the password, in which
   * case only the page to choose a new one opens (and the sign-in is audited once that is done).
   */
  private SecondFactorResult signedIn(
      Credentials credentials, SecurityEventType type, String remoteAddress) {
    StaffUser user = credentials.user();
    store.clearFailures(user.userId());
    if (credentials.mustChange()) {
      return SecondFactorResult.passwordChangeRequired(
          UsernamePasswordAuthenticationToken.authenticated(
              principal(user), null, List.of(PASSWORD_CHANGE_PENDING)));
    }
    audit.record(type, user.username(), user.username(), remoteAddress, null);
    return SecondFactorResult.accepted(fullAuthentication(user));
  }

  private static Authentication fullAuthentication(StaffUser user) {
    List<GrantedAuthority> authorities = user.roles().stream().map(StaffRole::authority).toList();
    return UsernamePasswordAuthenticationToken.authenticated(principal(user), null, authorities);
  }

  /**
   * The user's own password, replacing one an administrator set; completes the sign-in. Refused (by
   * {@link StaffAccountRefusedException}) when shorter than 12 characters, not repeated alike, or
   * the same as the one to replace.
   */
  @RolesAllowed(Roles.PASSWORD_CHANGE_PENDING)
  public SecondFactorResult chooseOwnPassword(
      StaffPrincipal pending, String password, String repetition, String remoteAddress) {
    Credentials credentials = currentCredentials(pending);
    if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.PASSWORD_TOO_SHORT);
    }
    if (!password.equals(repetition)) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.PASSWORDS_DIFFER);
    }
    if (passwords.matches(password, credentials.passwordHash())) {
      throw new StaffAccountRefusedException(StaffAccountRefusal.PASSWORD_UNCHANGED);
    }
    StaffUser user = credentials.user();
    store.setPasswordHash(user.userId(), passwords.encode(password), false);
    audit.record(
        SecurityEventType.PASSWORD_CHANGED, user.username(), user.username(), remoteAddress, null);
    audit.record(
        SecurityEventType.SIGNED_IN, user.username(), user.username(), remoteAddress, null);
    return SecondFactorResult.accepted(fullAuthentication(user));
  }

  private void refuseIfBlocked(Credentials credentials, String remoteAddress) {
    Optional<SecondFactorResult> blocked = blocked(credentials, remoteAddress);
    if (blocked.isEmpty()) {
      return;
    }
    switch (blocked.get().outcome()) {
      case DISABLED -> throw new DisabledException("disabled");
      case LOCKED -> throw new LockedException("locked");
      case DELAYED -> throw new SignInDelayedException(blocked.get().retryAfter());
      default -> throw new IllegalStateException("not a refusal: " + blocked.get().outcome());
    }
  }

  /** Whether this user may try at all right now; audits each refusal. */
  private Optional<SecondFactorResult> blocked(Credentials credentials, String remoteAddress) {
    StaffUser user = credentials.user();
    Instant now = clock.instant();
    if (!user.enabled()) {
      audit.record(
          SecurityEventType.SIGN_IN_REFUSED_DISABLED, null, user.username(), remoteAddress, null);
      return Optional.of(SecondFactorResult.refused(Outcome.DISABLED));
    }
    if (user.lockedAt(now)) {
      audit.record(
          SecurityEventType.SIGN_IN_REFUSED_LOCKED, null, user.username(), remoteAddress, null);
      return Optional.of(SecondFactorResult.refused(Outcome.LOCKED));
    }
    Duration wait = remainingDelay(credentials, now);
    if (!wait.isZero()) {
      audit.record(
          SecurityEventType.SIGN_IN_DELAYED,
          null,
          user.username(),
          remoteAddress,
          "retry after " + wait.toSeconds() + " s");
      return Optional.of(SecondFactorResult.delayed(wait));
    }
    return Optional.empty();
  }

  private Duration remainingDelay(Credentials credentials, Instant now) {
    Instant lastFailure = credentials.lastFailedSignInAt();
    if (lastFailure == null) {
      return Duration.ZERO;
    }
    Instant allowedFrom = lastFailure.plus(settings.delayAfter(credentials.user().failedSignIns()));
    if (!allowedFrom.isAfter(now)) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, allowedFrom);
    // round up, so that "wait 0 seconds" is never said
    return wait.getNano() == 0 ? wait : Duration.ofSeconds(wait.getSeconds() + 1);
  }

  private void recordFailure(
      StaffUser user, SecurityEventType type, String remoteAddress, String detail) {
    Instant now = clock.instant();
    int failures = store.recordFailure(user.userId(), now);
    audit.record(
        type,
        null,
        user.username(),
        remoteAddress,
        (detail.isEmpty() ? "" : detail + "; ") + "failure " + failures + " in a row");
    if (failures >= settings.lockAfterFailures()) {
      Instant until = now.plus(settings.lockDuration());
      store.lock(user.userId(), until);
      audit.record(
          SecurityEventType.ACCOUNT_LOCKED,
          null,
          user.username(),
          remoteAddress,
          "after " + failures + " failures, until " + until);
    }
  }

  private SecondFactorResult credentialsBlockedAfterFailure(StaffPrincipal pending) {
    StaffUser user = currentCredentials(pending).user();
    return user.lockedAt(clock.instant())
        ? SecondFactorResult.refused(Outcome.LOCKED)
        : SecondFactorResult.refused(Outcome.WRONG_CODE);
  }
}
