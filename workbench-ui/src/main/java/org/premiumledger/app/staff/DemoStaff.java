package org.premiumledger.app.staff;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One staff user per role, with a known password and a second factor already enrolled, for the demo
 * exchange only ({@code --demo}, the property {@code premium-ledger.demo=true}, or the {@code demo}
 * profile). Outside demo mode it refuses to create anyone. Their names, passwords and TOTP secrets
 * are printed at start-up and in docs/readme/workbench.md.
 */
@Component
public class DemoStaff {

  private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

  /** A demo user: the TOTP secret is Base32, as authenticator apps and oathtool take it. */
  public record DemoUser(
      String username, String displayName, StaffRole role, String password, String totpSecret) {}

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser(
              "agent",
              "Alex Agent",
              StaffRole.AGENT,
              "agent-demo-2026",
              "DEMOAGENTDEMOAGENTDEMOAGENTDEMOA"),
          new DemoUser(
              "supervisor",
              "Sam Supervisor",
              StaffRole.SUPERVISOR,
              "supervisor-demo-2026",
              "DEMOSUPERVISORDEMOSUPERVISORDEMO"),
          new DemoUser(
              "auditor",
              "Ada Auditor",
              StaffRole.AUDITOR,
              "auditor-demo-2026",
              "DEMOAUDITORDEMOAUDITORDEMOAUDITO"),
          new DemoUser(
              "admin",
              "Ari Administrator",
              StaffRole.ADMINISTRATOR,
              "admin-demo-2026",
              "DEMOADMINISTRATORDEMOADMINISTRAT"));

  private final StaffUserStore store;
  private final StaffSignIn signIn;
  private final SecurityAudit audit;
  private final PasswordEncoder passwords;
  private final SignInSettings settings;
  private final Environment environment;
  private final Clock clock;

  DemoStaff(
      StaffUserStore store,
      StaffSignIn signIn,
      SecurityAudit audit,
      PasswordEncoder passwords,
      SignInSettings settings,
      Environment environment,
      Clock clock) {
    this.store = store;
    this.signIn = signIn;
    this.audit = audit;
    this.passwords = passwords;
    this.settings = settings;
    this.environment = environment;
    this.clock = clock;
  }

  public boolean demoMode() {
    return environment.getProperty("premium-ledger.demo", Boolean.class, false)
        || environment.acceptsProfiles(Profiles.of("demo"));
  }

  /** Creates the demo users that do not exist yet; refuses outside demo mode. */
  public List<DemoUser> ensureDemoUsers() {
    if (!demoMode()) {
      throw new IllegalStateException(
          "demo users are created only in demo mode (--demo or premium-ledger.demo=true)");
    }
    for (DemoUser demo : USERS) {
      if (!store.exists(demo.username())) {
        create(demo);
      }
    }
    return USERS;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    boolean commandLine =
        environment.getProperty("premium-ledger.command-line", Boolean.class, false);
    if (!demoMode() || commandLine) {
      return;
    }
    ensureDemoUsers();
    log.warn(describe());
  }

  private void create(DemoUser demo) {
    UUID userId = UUID.randomUUID();
    store.insert(
        userId,
        demo.username(),
        demo.displayName(),
        passwords.encode(demo.password()),
        Set.of(demo.role()),
        clock.instant(),
        "demo");
    store.enrolSecondFactor(
        userId, signIn.encryptSecret(userId, demo.totpSecret()), clock.instant(), null, List.of());
    audit.record(SecurityEventType.DEMO_USER_CREATED, "demo", demo.username(), null, null);
  }

  private String describe() {
    TotpCodes totp = new TotpCodes();
    StringBuilder text = new StringBuilder();
    text.append("\n\nDEMO MODE: sign in to the workbench as one of these staff users ")
        .append("(password, then the current 6-digit code of the TOTP secret):\n");
    for (DemoUser demo : USERS) {
      text.append(
          String.format(
              "  %-13s %-11s password %-22s TOTP secret %s%n",
              demo.role(), demo.username(), demo.password(), demo.totpSecret()));
    }
    text.append("Current code: oathtool --totp -b SECRET, or add the secret to an authenticator ")
        .append("app; for example\n");
    for (DemoUser demo : USERS) {
      text.append("  ")
          .append(totp.otpauthUri(settings.issuer(), demo.username(), demo.totpSecret()))
          .append('\n');
    }
    return text.toString();
  }
}
