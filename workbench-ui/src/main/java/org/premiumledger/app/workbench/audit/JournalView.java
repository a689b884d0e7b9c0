package org.premiumledger.app.workbench.audit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.WorkbenchLayout;
import org.premiumledger.ledger.api.MoneyFormat;
import org.springframework.beans.factory.annotation.Value;

/** The journal for a period, line by line, read lazily as one scrolls. */
@Route(value = "audit/journal", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class JournalView extends Main implements HasDynamicTitle {

  private final AuditReads reads;
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Grid<JournalLineRow> lines = new Grid<>(JournalLineRow.class, false);

  JournalView(
      AuditReads reads,
      Clock clock,
      @Value("${premium-ledger.ledger.zone:America/New_York}") ZoneId zone) {
    this.reads = reads;
    addClassName("workbench-content");
    LocalDate today = LocalDate.now(clock.withZone(zone));
    from.setValue(today.withDayOfMonth(1));
    to.setValue(today);
    H1 heading = new H1(getTranslation("view.journal.title"));
    heading.addClassName("workbench-title");
    add(heading, createFilters(), createGrid());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("view.journal.title") + " · " + getTranslation("app.name");
  }

  private HorizontalLayout createFilters() {
    from.setLabel(getTranslation("journal.from"));
    to.setLabel(getTranslation("journal.to"));
    from.addValueChangeListener(change -> refresh());
    to.addValueChangeListener(change -> refresh());
    HorizontalLayout filters = new HorizontalLayout(from, to);
    filters.setAlignItems(Alignment.BASELINE);
    filters.setWrap(true);
    return filters;
  }

  private Grid<JournalLineRow> createGrid() {
    lines
        .addColumn(JournalLineRow::businessDate)
        .setHeader(getTranslation("journal.date"))
        .setAutoWidth(true);
    lines
        .addColumn(JournalLineRow::postingRule)
        .setHeader(getTranslation("journal.rule"))
        .setAutoWidth(true);
    lines
        .addColumn(JournalLineRow::accountCode)
        .setHeader(getTranslation("journal.account"))
        .setFlexGrow(1);
    lines
        .addColumn(row -> money(row.debitCents()))
        .setHeader(getTranslation("journal.debit"))
        .setTextAlign(ColumnTextAlign.END);
    lines
        .addColumn(row -> money(row.creditCents()))
        .setHeader(getTranslation("journal.credit"))
        .setTextAlign(ColumnTextAlign.END);
    lines.addColumn(JournalLineRow::currency).setHeader(getTranslation("journal.currency"));
    lines
        .addColumn(row -> row.entryId().toString().substring(0, 8))
        .setHeader(getTranslation("journal.entry"));
    lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    lines.setAriaLabel(getTranslation("view.journal.title"));
    lines.setHeight("70vh");
    return lines;
  }

  private void refresh() {
    LocalDate start = from.getValue();
    LocalDate end = to.getValue();
    if (start == null || end == null || end.isBefore(start)) {
      lines.setItems();
      return;
    }
    lines.setItems(
        query -> reads.journalLines(start, end, query.getOffset(), query.getLimit()).stream(),
        query -> reads.countJournalLines(start, end));
  }

  private static String money(long cents) {
    return cents == 0 ? "" : MoneyFormat.decimal(cents);
  }
}
