package org.premiumledger.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.DemoStaff.DemoUser;
import org.premiumledger.app.staff.SecondFactorResult.Outcome;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;

@PremiumLedgerIntegrationTest
class DemoStaffIT {

  @Autowired DemoStaff demoStaffOfTheTestContext;
  @Autowired StaffUserStore store;
  @Autowired StaffSignIn signIn;
  @Autowired SecurityAudit audit;
  @Autowired PasswordEncoder passwords;
  @Autowired SignInSettings settings;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void outsideDemoModeNoDemoUserIsCreated() {
    assertThat(demoStaffOfTheTestContext.demoMode()).isFalse();
    assertThatThrownBy(demoStaffOfTheTestContext::ensureDemoUsers)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only in demo mode");
  }

  @Test
  void inDemoModeEachRoleHasAUserWhoSignsInWithThePrintedPasswordAndSecret() {
    DemoStaff demo = demoStaff(new MockEnvironment().withProperty("premium-ledger.demo", "true"));

    demo.ensureDemoUsers();
    demo.ensureDemoUsers();

    assertThat(DemoStaff.USERS).extracting(DemoUser::role).containsExactly(StaffRole.values());
    for (DemoUser user : DemoStaff.USERS) {
      Authentication pending = signIn.verifyPassword(user.username(), user.password(), null);
      StaffPrincipal principal = (StaffPrincipal) pending.getPrincipal();
      SecurityContextHolder.setContext(new SecurityContextImpl(pending));
      String code = StaffFixtures.codeAt(user.totpSecret(), Instant.now());
      assertThat(signIn.verifySecondFactor(principal, code, null).outcome())
          .as(user.username())
          .isEqualTo(Outcome.ACCEPTED);
      assertThat(principal.roles()).containsExactly(user.role());
    }
  }

  @Test
  void theDemoProfileIsDemoModeToo() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");

    assertThat(demoStaff(environment).demoMode()).isTrue();
  }

  private DemoStaff demoStaff(Environment environment) {
    return new DemoStaff(store, signIn, audit, passwords, settings, environment, clock);
  }
}
