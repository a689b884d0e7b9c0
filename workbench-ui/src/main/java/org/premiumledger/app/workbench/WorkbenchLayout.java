package org.premiumledger.app.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.StaffAccounts;
import org.premiumledger.app.staff.StaffPrincipal;

/**
 * The frame of every workbench view: the navigation lists only the views the signed-in user's roles
 * open (read from the views' own {@code @RolesAllowed}, which the server enforces on navigation),
 * the language, the user and signing out. The drawer folds away on narrow (tablet) screens.
 */
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class WorkbenchLayout extends AppLayout implements RouterLayout {

  private final AuthenticationContext authentication;
  private final AccessAnnotationChecker access;
  private final StaffAccounts accounts;

  WorkbenchLayout(
      AuthenticationContext authentication,
      AccessAnnotationChecker access,
      StaffAccounts accounts) {
    this.authentication = authentication;
    this.access = access;
    this.accounts = accounts;
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), createTitle(), createUserBar());
    addToDrawer(createNavigation());
  }

  private Component createTitle() {
    Span title = new Span(getTranslation("app.name"));
    title.addClassName("workbench-title");
    return title;
  }

  private Component createUserBar() {
    String name =
        authentication
            .getAuthenticatedUser(StaffPrincipal.class)
            .map(StaffPrincipal::displayName)
            .orElse("");
    Button signOut = new Button(getTranslation("layout.signOut"), click -> authentication.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    LanguageSwitch language =
        new LanguageSwitch(locale -> accounts.choosePreferredLanguage(locale.getLanguage()));
    HorizontalLayout bar = new HorizontalLayout(language, new Span(name), signOut);
    bar.setAlignItems(Alignment.CENTER);
    bar.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "1em");
    return bar;
  }

  private SideNav createNavigation() {
    SideNav navigation = new SideNav();
    navigation.setLabel(getTranslation("layout.navigation"));
    for (WorkbenchViews.Entry entry : WorkbenchViews.ENTRIES) {
      if (access.hasAccess(entry.view())) {
        navigation.addItem(
            new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create()));
      }
    }
    return navigation;
  }
}
