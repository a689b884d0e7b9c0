package org.premiumledger.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.SecondFactorResult.Outcome;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

@PremiumLedgerIntegrationTest
class StaffSignInIT {

  private static final String FROM = "203.0.113.7";

  @Autowired ApplicationContext context;
  @Autowired StaffSignIn signIn;
  @Autowired JdbcClient jdbc;

  StaffFixtures staff;

  @BeforeEach
  void fixtures() {
    staff = StaffFixtures.from(context);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theRightPasswordOpensOnlyTheSecondFactorPage() {
    TestUser user = staff.enrolled(StaffRole.AGENT);

    Authentication pending =
        signIn.verifyPassword(user.username().toUpperCase(), StaffFixtures.PASSWORD, FROM);

    assertThat(pending.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_SECOND_FACTOR_PENDING");
    assertThat(((StaffPrincipal) pending.getPrincipal()).username()).isEqualTo(user.username());
  }

  @Test
  void aWrongPasswordIsRefusedAndAuditedWithWhereFrom() {
    TestUser user = staff.enrolled(StaffRole.AGENT);

    assertThatThrownBy(() -> signIn.verifyPassword(user.username(), "wrong", FROM))
        .isInstanceOf(BadCredentialsException.class);

    assertThat(auditOf(user.username()))
        .containsExactly("SIGN_IN_FAILED " + FROM + " wrong password; failure 1 in a row");
  }

  @Test
  void anUnknownNameIsRefusedLikeAWrongPassword() {
    assertThatThrownBy(() -> signIn.verifyPassword("nobody-at-all", "x", FROM))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(auditOf("nobody-at-all"))
        .containsExactly("SIGN_IN_FAILED " + FROM + " unknown user");
  }

  @Test
  void afterThreeFailuresTheNextAttemptMustWait() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> signIn.verifyPassword(user.username(), "wrong", FROM))
          .isInstanceOf(BadCredentialsException.class);
    }

    // even the right password waits: the first delay is one second after the third failure
    assertThatThrownBy(() -> signIn.verifyPassword(user.username(), StaffFixtures.PASSWORD, FROM))
        .isInstanceOfSatisfying(
            SignInDelayedException.class,
            delayed -> assertThat(delayed.retryAfter().toSeconds()).isEqualTo(1));
  }

  @Test
  void theTenthFailureLocksTheAccountEvenAgainstTheRightPassword() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    // nine failures long enough ago that no delay is running
    jdbc.sql(
            """
            update staff_user set failed_sign_ins = 9,
                   last_failed_sign_in_at = now() - interval '1 hour'
             where user_id = :id
            """)
        .param("id", user.userId())
        .update();

    assertThatThrownBy(() -> signIn.verifyPassword(user.username(), "wrong", FROM))
        .isInstanceOf(BadCredentialsException.class);

    assertThatThrownBy(() -> signIn.verifyPassword(user.username(), StaffFixtures.PASSWORD, FROM))
        .isInstanceOf(LockedException.class);
    assertThat(staff.reload(user).lockedAt(Instant.now().plusSeconds(29 * 60))).isTrue();
    assertThat(staff.reload(user).lockedAt(Instant.now().plusSeconds(31 * 60))).isFalse();
    assertThat(auditOf(user.username()))
        .contains("SIGN_IN_REFUSED_LOCKED " + FROM + " null")
        .anyMatch(line -> line.startsWith("ACCOUNT_LOCKED " + FROM + " after 10 failures"));
  }

  @Test
  void theCurrentCodeSignsInWithTheUsersRolesOnceOnly() {
    TestUser user = staff.enrolled(StaffRole.SUPERVISOR, StaffRole.AUDITOR);
    asPending(user);
    String code = user.codeNow();

    SecondFactorResult first = signIn.verifySecondFactor(user.principal(), code, FROM);
    SecondFactorResult replayed = signIn.verifySecondFactor(user.principal(), code, FROM);

    assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(first.signedIn().getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("ROLE_SUPERVISOR", "ROLE_AUDITOR");
    assertThat(replayed.outcome()).isEqualTo(Outcome.WRONG_CODE);
    assertThat(auditOf(user.username()))
        .containsExactly(
            "SIGNED_IN " + FROM + " null", "SECOND_FACTOR_FAILED " + FROM + " failure 1 in a row");
  }

  @Test
  void aCodeFromTwoMinutesAgoIsRefused() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    asPending(user);

    String stale = StaffFixtures.codeAt(user.totpSecret(), Instant.now().minusSeconds(120));
    SecondFactorResult result = signIn.verifySecondFactor(user.principal(), stale, FROM);

    // one chance in a million that the stale code equals a current one
    assertThat(result.outcome()).isEqualTo(Outcome.WRONG_CODE);
  }

  @Test
  void enrolmentStoresTheSecretEncryptedAndGivesTenSingleUseRecoveryCodes() {
    TestUser user = staff.unenrolled(StaffRole.AGENT);
    asPending(user);
    assertThat(signIn.isEnrolled(user.principal())).isFalse();

    SecondFactorEnrolment enrolment = signIn.startEnrolment(user.principal());
    String code = StaffFixtures.codeAt(enrolment.secret(), Instant.now());
    EnrolmentResult result = signIn.confirmEnrolment(user.principal(), enrolment, code, FROM);

    assertThat(result.signIn().accepted()).isTrue();
    assertThat(result.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(enrolment.otpauthUri())
        .startsWith("otpauth://totp/" + user.username() + "?secret=" + enrolment.secret());
    assertThat(enrolment.qrCodePng()).startsWith(0x89, 'P', 'N', 'G');
    byte[] stored =
        jdbc.sql("select totp_secret_encrypted from staff_user where user_id = :id")
            .param("id", user.userId())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(enrolment.secret());

    String recovery = result.recoveryCodes().get(3);
    assertThat(signIn.verifySecondFactor(user.principal(), recovery.toUpperCase(), FROM).outcome())
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(signIn.verifySecondFactor(user.principal(), recovery, FROM).outcome())
        .isEqualTo(Outcome.WRONG_CODE);
  }

  @Test
  void ofTwoEnrolmentsConfirmedOneAfterTheOtherOnlyTheFirstStands() {
    TestUser user = staff.unenrolled(StaffRole.AGENT);
    asPending(user);
    SecondFactorEnrolment first = signIn.startEnrolment(user.principal());
    SecondFactorEnrolment second = signIn.startEnrolment(user.principal());

    EnrolmentResult firstResult =
        signIn.confirmEnrolment(
            user.principal(), first, StaffFixtures.codeAt(first.secret(), Instant.now()), FROM);
    EnrolmentResult secondResult =
        signIn.confirmEnrolment(
            user.principal(), second, StaffFixtures.codeAt(second.secret(), Instant.now()), FROM);

    assertThat(firstResult.signIn().accepted()).isTrue();
    assertThat(secondResult.signIn().outcome()).isEqualTo(Outcome.WRONG_CODE);
    assertThat(secondResult.recoveryCodes()).isEmpty();
  }

  @Test
  void aWrongCodeDoesNotEnrol() {
    TestUser user = staff.unenrolled(StaffRole.AGENT);
    asPending(user);
    SecondFactorEnrolment enrolment = signIn.startEnrolment(user.principal());

    EnrolmentResult result = signIn.confirmEnrolment(user.principal(), enrolment, "12345", FROM);

    assertThat(result.signIn().outcome()).isEqualTo(Outcome.WRONG_CODE);
    assertThat(result.recoveryCodes()).isEmpty();
    assertThat(signIn.isEnrolled(user.principal())).isFalse();
  }

  @Test
  void secondFactorFailuresCountTowardsTheLock() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    asPending(user);
    jdbc.sql(
            """
            update staff_user set failed_sign_ins = 9,
                   last_failed_sign_in_at = now() - interval '1 hour'
             where user_id = :id
            """)
        .param("id", user.userId())
        .update();

    SecondFactorResult wrong = signIn.verifySecondFactor(user.principal(), "not-a-code", FROM);
    SecondFactorResult right = signIn.verifySecondFactor(user.principal(), user.codeNow(), FROM);

    assertThat(wrong.outcome()).isEqualTo(Outcome.LOCKED);
    assertThat(right.outcome()).isEqualTo(Outcome.LOCKED);
  }

  @Test
  void aPasswordSetByAnAdministratorMustBeReplacedBeforeTheWorkbenchOpens() {
    TestUser user = staff.enrolled(StaffRole.AUDITOR);
    jdbc.sql("update staff_user set password_must_change = true where user_id = :id")
        .param("id", user.userId())
        .update();
    asPending(user);

    SecondFactorResult afterCode =
        signIn.verifySecondFactor(user.principal(), user.codeNow(), FROM);

    assertThat(afterCode.outcome()).isEqualTo(Outcome.PASSWORD_CHANGE_REQUIRED);
    assertThat(afterCode.signedIn().getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_PASSWORD_CHANGE_PENDING");

    SecurityContextHolder.setContext(new SecurityContextImpl(afterCode.signedIn()));
    assertThatThrownBy(() -> signIn.chooseOwnPassword(user.principal(), "short", "short", FROM))
        .isInstanceOfSatisfying(
            StaffAccountRefusedException.class,
            refused ->
                assertThat(refused.refusal()).isEqualTo(StaffAccountRefusal.PASSWORD_TOO_SHORT));
    assertThatThrownBy(
            () ->
                signIn.chooseOwnPassword(
                    user.principal(), StaffFixtures.PASSWORD, StaffFixtures.PASSWORD, FROM))
        .isInstanceOfSatisfying(
            StaffAccountRefusedException.class,
            refused ->
                assertThat(refused.refusal()).isEqualTo(StaffAccountRefusal.PASSWORD_UNCHANGED));
    String chosen = "a long phrase of my own choosing";
    SecondFactorResult done = signIn.chooseOwnPassword(user.principal(), chosen, chosen, FROM);

    assertThat(done.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(done.signedIn().getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_AUDITOR");
    assertThat(signIn.verifyPassword(user.username(), chosen, FROM)).isNotNull();
    assertThat(auditOf(user.username()))
        .endsWith("PASSWORD_CHANGED " + FROM + " null", "SIGNED_IN " + FROM + " null");
  }

  private void asPending(TestUser user) {
    SecurityContextHolder.setContext(new SecurityContextImpl(StaffFixtures.pending(user)));
  }

  /** "TYPE remote-address detail" for each audit event about the user, oldest first. */
  private List<String> auditOf(String username) {
    return jdbc.sql(
            """
            select event_type || ' ' || coalesce(remote_address, 'null') || ' '
                   || coalesce(detail, 'null')
              from security_audit_event
             where subject = :subject
             order by event_id
            """)
        .param("subject", username)
        .query(String.class)
        .list();
  }
}
