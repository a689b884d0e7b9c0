package org.premiumledger.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.premiumledger.app.staff.StaffRole.ADMINISTRATOR;
import static org.premiumledger.app.staff.StaffRole.AGENT;
import static org.premiumledger.app.staff.StaffRole.AUDITOR;
import static org.premiumledger.app.staff.StaffRole.SUPERVISOR;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.SecurityAudit;
import org.premiumledger.app.staff.StaffAccounts;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.app.staff.StaffSignIn;
import org.premiumledger.app.workbench.admin.AdministrationView;
import org.premiumledger.app.workbench.approvals.ApprovalsView;
import org.premiumledger.app.workbench.audit.AuditReads;
import org.premiumledger.app.workbench.audit.JournalView;
import org.premiumledger.app.workbench.audit.LedgerCheckView;
import org.premiumledger.app.workbench.audit.SecurityAuditView;
import org.premiumledger.app.workbench.cases.CasesView;
import org.premiumledger.app.workbench.home.DashboardView;
import org.premiumledger.app.workbench.intake.IntakeView;
import org.premiumledger.app.workbench.search.SearchView;
import org.premiumledger.app.workbench.signin.NewPasswordView;
import org.premiumledger.app.workbench.signin.SecondFactorView;
import org.premiumledger.app.workbench.signin.SignInView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Walks the whole matrix: every view and every server action, for every role, against the table
 * below (written by hand from the design's roles, not read from the code).
 */
class RoleMatrixTest extends KaribuTest {

  private static final Set<StaffRole> EVERYONE = EnumSet.allOf(StaffRole.class);

  private static final Map<Class<? extends Component>, Set<StaffRole>> VIEWS =
      new LinkedHashMap<>();

  static {
    VIEWS.put(DashboardView.class, EVERYONE);
    VIEWS.put(SearchView.class, EnumSet.of(AGENT, SUPERVISOR, AUDITOR));
    VIEWS.put(CasesView.class, EnumSet.of(AGENT, SUPERVISOR, AUDITOR));
    VIEWS.put(ApprovalsView.class, EnumSet.of(SUPERVISOR));
    VIEWS.put(IntakeView.class, EnumSet.of(AGENT, SUPERVISOR));
    VIEWS.put(JournalView.class, EnumSet.of(SUPERVISOR, AUDITOR));
    VIEWS.put(LedgerCheckView.class, EnumSet.of(SUPERVISOR, AUDITOR));
    VIEWS.put(SecurityAuditView.class, EnumSet.of(AUDITOR, ADMINISTRATOR));
    VIEWS.put(AdministrationView.class, EnumSet.of(ADMINISTRATOR));
    VIEWS.put(SecondFactorView.class, EnumSet.noneOf(StaffRole.class));
    VIEWS.put(NewPasswordView.class, EnumSet.noneOf(StaffRole.class));
  }

  @Test
  void eachRoleOpensExactlyItsViewsAndSeesExactlyThoseInTheNavigation() {
    List<String> mismatches = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      signIn(StaffFixtures.signedIn(staff.enrolled(role)));
      for (Map.Entry<Class<? extends Component>, Set<StaffRole>> view : VIEWS.entrySet()) {
        boolean expected = view.getValue().contains(role);
        if (opens(view.getKey()) != expected) {
          mismatches.add(role + " " + (expected ? "cannot open " : "opens ") + view.getKey());
        }
      }
      UI.getCurrent().navigate(DashboardView.class);
      long navigationEntries = LocatorJ._find(SideNavItem.class).size();
      long expectedEntries =
          VIEWS.entrySet().stream()
              .filter(view -> !view.getKey().getPackageName().endsWith(".signin"))
              .filter(view -> view.getValue().contains(role))
              .count();
      if (navigationEntries != expectedEntries) {
        mismatches.add(role + " sees " + navigationEntries + " navigation entries");
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void someoneNotSignedInIsSentToSignInFromEveryView() {
    for (Class<? extends Component> view : VIEWS.keySet()) {
      UI.getCurrent().navigate(view);
      assertThat(UI.getCurrent().getCurrentView())
          .as(view.getName())
          .isInstanceOf(SignInView.class);
    }
  }

  @Test
  void eachRoleMayDoExactlyItsServerActions() {
    TestUser target = staff.enrolled(AGENT);
    Map<String, Set<StaffRole>> allowed = new LinkedHashMap<>();
    Map<String, Consumer<ServerActions>> actions = new LinkedHashMap<>();
    Set<StaffRole> administrators = EnumSet.of(ADMINISTRATOR);
    action(actions, allowed, "list users", administrators, a -> a.accounts.list());
    action(
        actions,
        allowed,
        "create user",
        administrators,
        a -> a.accounts.create("m" + System.nanoTime(), "Matrix", Set.of(AGENT)));
    action(
        actions,
        allowed,
        "disable user",
        administrators,
        a -> a.accounts.setEnabled(target.userId(), false));
    action(
        actions,
        allowed,
        "change roles",
        administrators,
        a -> a.accounts.changeRoles(target.userId(), Set.of(AGENT)));
    action(
        actions,
        allowed,
        "reset second factor",
        administrators,
        a -> a.accounts.resetSecondFactor(target.userId()));
    action(actions, allowed, "unlock", administrators, a -> a.accounts.unlock(target.userId()));
    action(
        actions,
        allowed,
        "reset password",
        administrators,
        a -> a.accounts.resetPassword(target.userId()));
    action(
        actions,
        allowed,
        "choose language",
        EVERYONE,
        a -> a.accounts.choosePreferredLanguage("es"));
    action(
        actions,
        allowed,
        "read security audit",
        EnumSet.of(AUDITOR, ADMINISTRATOR),
        a -> a.audit.latest(null, 10));
    action(
        actions,
        allowed,
        "read journal",
        EnumSet.of(SUPERVISOR, AUDITOR),
        a -> a.reads.journalLines(LocalDate.now(), LocalDate.now(), 0, 10));
    action(
        actions,
        allowed,
        "count journal",
        EnumSet.of(SUPERVISOR, AUDITOR),
        a -> a.reads.countJournalLines(LocalDate.now(), LocalDate.now()));
    action(
        actions,
        allowed,
        "check ledger",
        EnumSet.of(SUPERVISOR, AUDITOR),
        a -> a.reads.checkLedger());
    action(
        actions,
        allowed,
        "start second-factor enrolment",
        EnumSet.noneOf(StaffRole.class),
        a -> a.signIn.startEnrolment(target.principal()));

    ServerActions server =
        new ServerActions(
            context.getBean(StaffAccounts.class),
            context.getBean(SecurityAudit.class),
            context.getBean(AuditReads.class),
            context.getBean(StaffSignIn.class));
    List<String> mismatches = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      signIn(StaffFixtures.signedIn(staff.enrolled(role)));
      for (String name : actions.keySet()) {
        boolean expected = allowed.get(name).contains(role);
        if (permitted(() -> actions.get(name).accept(server)) != expected) {
          mismatches.add(role + (expected ? " may not " : " may ") + name);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private record ServerActions(
      StaffAccounts accounts, SecurityAudit audit, AuditReads reads, StaffSignIn signIn) {}

  private static void action(
      Map<String, Consumer<ServerActions>> actions,
      Map<String, Set<StaffRole>> allowed,
      String name,
      Set<StaffRole> roles,
      Consumer<ServerActions> action) {
    actions.put(name, action);
    allowed.put(name, roles);
  }

  private static boolean permitted(Runnable action) {
    try {
      action.run();
      return true;
    } catch (AccessDeniedException denied) {
      return false;
    }
  }

  private static boolean opens(Class<? extends Component> view) {
    try {
      UI.getCurrent().navigate(view);
      return view.isInstance(UI.getCurrent().getCurrentView());
    } catch (MockAccessDeniedException denied) {
      return false;
    }
  }
}
