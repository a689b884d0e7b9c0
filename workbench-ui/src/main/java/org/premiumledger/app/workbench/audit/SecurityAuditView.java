package org.premiumledger.app.workbench.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.SecurityAudit;
import org.premiumledger.app.staff.SecurityAuditEvent;
import org.premiumledger.app.workbench.WorkbenchLayout;

/** Sign-ins, failures, lockouts, sign-outs and administrators' changes to staff users. */
@Route(value = "audit/security", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class SecurityAuditView extends Main implements HasDynamicTitle {

  private static final int SHOWN = 500;
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final SecurityAudit audit;
  private final TextField user = new TextField();
  private final Grid<SecurityAuditEvent> events = new Grid<>(SecurityAuditEvent.class, false);

  SecurityAuditView(SecurityAudit audit) {
    this.audit = audit;
    addClassName("workbench-content");
    H1 heading = new H1(getTranslation("view.securityAudit.title"));
    heading.addClassName("workbench-title");
    user.setLabel(getTranslation("securityAudit.user"));
    user.setValueChangeMode(ValueChangeMode.LAZY);
    user.addValueChangeListener(change -> refresh());
    add(heading, user, createGrid());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("view.securityAudit.title") + " · " + getTranslation("app.name");
  }

  private Grid<SecurityAuditEvent> createGrid() {
    events
        .addColumn(event -> UTC_TIME.format(event.occurredAt()))
        .setHeader(getTranslation("securityAudit.when"))
        .setAutoWidth(true);
    events
        .addColumn(event -> event.type().name())
        .setHeader(getTranslation("securityAudit.what"))
        .setAutoWidth(true);
    events.addColumn(SecurityAuditEvent::actor).setHeader(getTranslation("securityAudit.actor"));
    events
        .addColumn(SecurityAuditEvent::subject)
        .setHeader(getTranslation("securityAudit.subject"));
    events
        .addColumn(SecurityAuditEvent::remoteAddress)
        .setHeader(getTranslation("securityAudit.from"));
    events
        .addColumn(SecurityAuditEvent::detail)
        .setHeader(getTranslation("securityAudit.detail"))
        .setFlexGrow(1);
    events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    events.setAriaLabel(getTranslation("view.securityAudit.title"));
    events.setHeight("70vh");
    return events;
  }

  private void refresh() {
    events.setItems(audit.latest(user.getValue(), SHOWN));
  }
}
