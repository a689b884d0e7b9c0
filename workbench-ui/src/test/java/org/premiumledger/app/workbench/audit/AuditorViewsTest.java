package org.premiumledger.app.workbench.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.app.workbench.KaribuTest;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;

class AuditorViewsTest extends KaribuTest {

  /** A day no other test posts on: the journal view is filtered to it. */
  private static final LocalDate PAYMENT_DAY = LocalDate.of(2041, 3, 14);

  @BeforeEach
  void signInAsAuditor() {
    signIn(StaffFixtures.signedIn(staff.enrolled(StaffRole.AUDITOR)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJournalShowsEachLineOfAPaymentsEntryForThePeriod() {
    BillingAccountId account = payByCard(12_345);

    UI.getCurrent().navigate(JournalView.class);
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), PAYMENT_DAY);
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), PAYMENT_DAY);

    Grid<JournalLineRow> grid = _get(Grid.class);
    List<JournalLineRow> lines = GridKt._fetch(grid, 0, GridKt._size(grid));
    List<JournalLineRow> ours =
        lines.stream().filter(line -> account.value().equals(line.billingAccountId())).toList();
    assertThat(ours)
        .extracting(
            JournalLineRow::accountCode, JournalLineRow::debitCents, JournalLineRow::creditCents)
        .containsExactly(
            tuple("clearing:card", 12_345L, 0L),
            tuple("receivable:enrollee:" + account.value(), 0L, 12_345L));
    assertThat(lines).allMatch(line -> line.businessDate().equals(PAYMENT_DAY));
  }

  @Test
  void theLedgerCheckSaysTheLedgerBalances() {
    payByCard(700);
    UI.getCurrent().navigate(LedgerCheckView.class);

    _click(_get(Button.class, spec -> spec.withText("Check the ledger")));

    assertThat(_get(H2.class, spec -> spec.withText("The ledger balances"))).isNotNull();
  }

  private BillingAccountId payByCard(long cents) {
    CommandGateway commands = context.getBean(CommandGateway.class);
    BillingAccountId account = new BillingAccountId("BA-" + UUID.randomUUID());
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household("Ana Diaz", "es", "ana@example.org", "555-0100", "email", "MA"),
            new Enrollment(
                new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2041, 1, 1), null, 50_000, 30_000),
            Money.USD));
    commands.sendAndWait(
        new RecordPaymentCommand(
            PaymentIdentity.processor(Rail.CARD, "psp-" + UUID.randomUUID()),
            account,
            Rail.CARD,
            Money.usd(cents),
            Instant.parse("2041-03-14T15:00:00Z"),
            null,
            new PaymentMethod("Visa", "4242", 12, 2043)));
    return account;
  }
}
