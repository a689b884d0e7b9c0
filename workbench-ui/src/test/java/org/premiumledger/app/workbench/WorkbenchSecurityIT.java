package org.premiumledger.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The HTTP side of signing in: the filter chain, CSRF, session fixation, sign-out audit. */
@PremiumLedgerIntegrationTest
class WorkbenchSecurityIT {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;

  MockMvc http;
  StaffFixtures staff;

  @BeforeEach
  void setUp() {
    http =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    staff = StaffFixtures.from(context);
  }

  @Test
  void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
    http.perform(get("/actuator/health")).andExpect(status().isOk());
    http.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
  }

  @Test
  void thePasswordLeadsToTheSecondFactorInANewSession() throws Exception {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    MockHttpSession session = new MockHttpSession();
    String before = session.getId();

    MvcResult result =
        http.perform(
                post("/sign-in")
                    .session(session)
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("username", user.username())
                    .param("password", StaffFixtures.PASSWORD))
            .andExpect(redirectedUrl("/sign-in/second-factor"))
            .andReturn();

    assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    SecurityContext signedIn =
        (SecurityContext) result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT");
    assertThat(signedIn.getAuthentication().getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_SECOND_FACTOR_PENDING");
  }

  @Test
  void aWrongPasswordComesBackToTheSignInPageWithAnError() throws Exception {
    TestUser user = staff.enrolled(StaffRole.AGENT);

    http.perform(
            post("/sign-in")
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", user.username())
                .param("password", "wrong"))
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
    TestUser user = staff.enrolled(StaffRole.AGENT);

    MvcResult result =
        http.perform(
                post("/sign-in")
                    .param("username", user.username())
                    .param("password", StaffFixtures.PASSWORD))
            .andExpect(status().isForbidden())
            .andReturn();

    assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
  }

  @Test
  void someoneWithOnlyThePasswordIsSentToTheSecondFactorPage() throws Exception {
    TestUser user = staff.enrolled(StaffRole.ADMINISTRATOR);

    http.perform(
            get("/administration")
                .accept(MediaType.TEXT_HTML)
                .with(
                    SecurityMockMvcRequestPostProcessors.authentication(
                        StaffFixtures.pending(user))))
        .andExpect(redirectedUrl("/sign-in/second-factor"));
  }

  @Test
  void signingOutIsAudited() throws Exception {
    TestUser user = staff.enrolled(StaffRole.AUDITOR);

    http.perform(
            post("/logout")
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(
                    SecurityMockMvcRequestPostProcessors.authentication(
                        StaffFixtures.signedIn(user))))
        .andExpect(status().is3xxRedirection());

    assertThat(
            jdbc.sql("select event_type from security_audit_event where subject = :subject")
                .param("subject", user.username())
                .query(String.class)
                .list())
        .containsExactly("SIGNED_OUT");
  }
}
