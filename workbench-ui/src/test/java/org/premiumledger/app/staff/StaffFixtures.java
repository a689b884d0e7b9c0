package org.premiumledger.app.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff users for tests, each with a unique name, the same password and its own TOTP secret. */
public final class StaffFixtures {

  public static final String PASSWORD = "correct horse battery staple";

  /** A user created for a test; {@code totpSecret} is null when not enrolled. */
  public record TestUser(UUID userId, String username, String totpSecret, Set<StaffRole> roles) {

    public String codeNow() {
      return codeAt(totpSecret, Instant.now());
    }

    public StaffPrincipal principal() {
      return new StaffPrincipal(userId, username, "Test " + username, roles, "en");
    }
  }

  private final StaffUserStore store;
  private final StaffSignIn signIn;
  private final PasswordEncoder passwords;
  private final String encodedPassword;

  private StaffFixtures(ApplicationContext context) {
    this.store = context.getBean(StaffUserStore.class);
    this.signIn = context.getBean(StaffSignIn.class);
    this.passwords = context.getBean(PasswordEncoder.class);
    this.encodedPassword = passwords.encode(PASSWORD);
  }

  public static StaffFixtures from(ApplicationContext context) {
    return new StaffFixtures(context);
  }

  public TestUser enrolled(StaffRole... roles) {
    TestUser user = unenrolled(roles);
    String secret = new TotpCodes().newSecret();
    store.enrolSecondFactor(
        user.userId(), signIn.encryptSecret(user.userId(), secret), Instant.now(), null, List.of());
    return new TestUser(user.userId(), user.username(), secret, user.roles());
  }

  public TestUser unenrolled(StaffRole... roles) {
    UUID userId = UUID.randomUUID();
    String username = "u" + userId.toString().replace("-", "").substring(0, 16);
    store.insert(
        userId,
        username,
        "Test " + username,
        encodedPassword,
        Set.of(roles),
        Instant.now(),
        "test");
    return new TestUser(userId, username, null, Set.of(roles));
  }

  /** Signed in with both factors: the user's roles. */
  public static Authentication signedIn(TestUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(
        user.principal(), null, user.roles().stream().map(StaffRole::authority).toList());
  }

  /** Past the password, before the second factor. */
  public static Authentication pending(TestUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(
        user.principal(),
        null,
        List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SECOND_FACTOR_PENDING)));
  }

  /** The code an authenticator app shows for this secret at this instant (RFC 6238). */
  public static String codeAt(String secret, Instant instant) {
    return new TotpCodes().codeAt(secret, TotpCodes.step(instant));
  }

  public StaffUser reload(TestUser user) {
    return store.findCredentials(user.userId()).orElseThrow().user();
  }
}
