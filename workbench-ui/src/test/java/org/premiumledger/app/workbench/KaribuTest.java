package org.premiumledger.app.workbench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A server-side UI test: a Vaadin UI on Karibu's mock servlet inside the module's one Spring
 * context, with the workbench's own routes, security and services.
 */
@PremiumLedgerIntegrationTest
public abstract class KaribuTest {

  private static final Routes ROUTES =
      new Routes().autoDiscoverViews("org.premiumledger.app.workbench");

  @Autowired protected ApplicationContext context;

  protected StaffFixtures staff;

  @BeforeEach
  void startVaadin() {
    staff = StaffFixtures.from(context);
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
  }

  @AfterEach
  void stopVaadin() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  /** Signs in for Spring (security context) and for Vaadin (the request's principal and roles). */
  protected void signIn(Authentication authentication) {
    SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(authentication);
    request.setUserInRole(
        (principal, role) ->
            authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
  }
}
