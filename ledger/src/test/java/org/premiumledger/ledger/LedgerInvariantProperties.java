package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.TestApplication;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.CancelBillCommand;
import org.premiumledger.ledger.api.ChangeEnrollmentCommand;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.ResolveChargebackCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.ledger.api.SettleAchPaymentCommand;
import org.premiumledger.ledger.api.VoidPaymentCommand;
import org.premiumledger.testsupport.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random sequences of bills, adjustments, payments, settlements, returns, chargebacks, refunds and
 * corrections, on real PostgreSQL, keep every invariant of the ledger. Refusals are allowed; what
 * must never happen is an unbalanced book, a book that differs from the events, or money refunded
 * beyond what the payment could give back. jqwik shrinks a failure to a short sequence.
 */
class LedgerInvariantProperties {

  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static ConfigurableApplicationContext context;

  sealed interface Action {}

  record Bill(int month) implements Action {}

  record ChangeAptc(int fromMonth, long aptcCents) implements Action {}

  record CancelBill(int month) implements Action {}

  record Pay(int payment, Rail rail, long cents) implements Action {}

  record Settle(int payment) implements Action {}

  record Return(int payment) implements Action {}

  record Chargeback(int payment, long cents) implements Action {}

  record ResolveChargeback(int payment, boolean won) implements Action {}

  record Refund(int payment, long cents) implements Action {}

  record Void(int payment) implements Action {}

  @Property(tries = 40, seed = "20261203")
  void randomSequencesKeepEveryInvariant(@ForAll("sequences") List<Action> actions) {
    CommandGateway commands = context().getBean(CommandGateway.class);
    BillingAccountId account = new BillingAccountId("BA-" + UUID.randomUUID());
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household("Sam Random", "en", "sam@example.org", "555-0104", "email", "VT"),
            new Enrollment(new IssuerId("ISS-P"), "PLAN-P", START, null, 45_000, 15_000),
            Money.USD));
    Model model = new Model(account.value());

    for (Action action : actions) {
      model.apply(action, commands);
    }

    LedgerCheckReport check =
        context()
            .getBean(QueryGateway.class)
            .query(new FetchLedgerCheckQuery(), LedgerCheckReport.class)
            .join();
    assertThat(check.violations()).isEmpty();
    assertThat(check.debits()).isEqualTo(check.credits());
    assertRefundsNeverExceedWhatWasReceived(model);
  }

  /** Per payment, from the book: refunded plus lost to chargebacks never exceeds the receipt. */
  private void assertRefundsNeverExceedWhatWasReceived(Model model) {
    JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
    for (PaymentId payment : model.paymentIds()) {
      Map<String, Object> totals =
          jdbc.queryForMap(
              """
              select coalesce(sum(j.debit_cents)
                                filter (where j.posting_rule = 'PAYMENT_RECEIVED'), 0) as received,
                     coalesce(sum(j.debit_cents) filter (where j.posting_rule in
                       ('REFUND_ISSUED', 'CHARGEBACK_LOST')), 0) as given_back
                from journal_entry j
                join domain_event_entry e on e.event_identifier = j.event_identifier
               where e.aggregate_identifier = ?
              """,
              payment.value());
      long received = ((Number) totals.get("received")).longValue();
      long givenBack = ((Number) totals.get("given_back")).longValue();
      assertThat(givenBack).as("given back on %s", payment).isLessThanOrEqualTo(received);
    }
  }

  /** What the test itself expects of refunds, kept from the commands the ledger accepted. */
  private static final class Model {
    private final String accountKey;
    private final Map<Integer, PaymentState> payments = new HashMap<>();

    Model(String accountKey) {
      this.accountKey = accountKey;
    }

    List<PaymentId> paymentIds() {
      List<PaymentId> ids = new ArrayList<>();
      payments.values().forEach(p -> ids.add(p.id));
      return ids;
    }

    void apply(Action action, CommandGateway commands) {
      BillingAccountId account = new BillingAccountId(accountKey);
      LocalDate today = START.plusDays(10);
      if (action instanceof Bill bill) {
        attempt(commands, new IssueBillCommand(account, month(bill.month()), today));
      } else if (action instanceof ChangeAptc change) {
        Enrollment changed =
            new Enrollment(
                new IssuerId("ISS-P"), "PLAN-P", START, null, 45_000, change.aptcCents());
        attempt(
            commands,
            new ChangeEnrollmentCommand(
                account, changed, month(change.fromMonth()).atDay(1), today));
      } else if (action instanceof CancelBill cancel) {
        attempt(commands, new CancelBillCommand(account, month(cancel.month()), "test", today));
      } else if (action instanceof Pay pay) {
        pay(commands, account, pay);
      } else if (action instanceof Settle settle) {
        withPayment(
            settle.payment(),
            p -> attempt(commands, new SettleAchPaymentCommand(p.id, today.plusDays(5))));
      } else if (action instanceof Return returned) {
        withPayment(
            returned.payment(),
            p ->
                p.returned |=
                    attempt(commands, new ReturnPaymentCommand(p.id, "RT", "R01", today)));
      } else if (action instanceof Chargeback chargeback) {
        withPayment(chargeback.payment(), p -> openChargeback(commands, p, chargeback, today));
      } else if (action instanceof ResolveChargeback resolve) {
        withPayment(resolve.payment(), p -> resolveChargeback(commands, p, resolve, today));
      } else if (action instanceof Refund refund) {
        withPayment(refund.payment(), p -> refund(commands, p, refund));
      } else if (action instanceof Void voided) {
        withPayment(
            voided.payment(),
            p -> p.voided |= attempt(commands, new VoidPaymentCommand(p.id, "test", today)));
      }
    }

    private void openChargeback(
        CommandGateway commands, PaymentState p, Chargeback chargeback, LocalDate today) {
      OpenChargebackCommand open =
          new OpenChargebackCommand(
              p.id,
              "CB-" + p.chargebacks,
              Money.usd(chargeback.cents()),
              "10.4",
              today,
              today.plusDays(20));
      if (p.openChargebackCents == 0 && attempt(commands, open)) {
        p.openChargebackCents = chargeback.cents();
      }
    }

    private void resolveChargeback(
        CommandGateway commands, PaymentState p, ResolveChargeback resolve, LocalDate today) {
      ResolveChargebackCommand command =
          new ResolveChargebackCommand(p.id, "CB-" + p.chargebacks, resolve.won(), today);
      if (attempt(commands, command)) {
        if (!resolve.won()) {
          p.lostCents += p.openChargebackCents;
        }
        p.openChargebackCents = 0;
        p.chargebacks++;
      }
    }

    private void pay(CommandGateway commands, BillingAccountId account, Pay pay) {
      PaymentIdentity identity =
          PaymentIdentity.processor(pay.rail(), accountKey + "-" + pay.payment());
      if (pay.rail() == Rail.ACH) {
        identity = PaymentIdentity.achTrace(accountKey + "-" + pay.payment());
      }
      RecordPaymentCommand command =
          new RecordPaymentCommand(
              identity,
              account,
              pay.rail(),
              Money.usd(pay.cents()),
              Instant.parse("2027-01-11T15:00:00Z"),
              START.plusDays(12),
              PaymentMethod.none());
      if (attempt(commands, command) && !payments.containsKey(pay.payment())) {
        payments.put(pay.payment(), new PaymentState(command.paymentId(), pay.cents()));
      }
    }

    private void refund(CommandGateway commands, PaymentState p, Refund refund) {
      long refundable = p.receivedCents - p.refundedCents - p.lostCents;
      boolean modelAllows =
          !p.voided && !p.returned && p.openChargebackCents == 0 && refund.cents() <= refundable;
      String reference = "RF-" + p.refunds;
      try {
        commands.sendAndWait(
            new IssueRefundCommand(p.id, reference, Money.usd(refund.cents()), "APR", START));
        assertThat(modelAllows)
            .as("refund of %d accepted, refundable %d", refund.cents(), refundable)
            .isTrue();
        p.refundedCents += refund.cents();
        p.refunds++;
      } catch (LedgerRefusedException refused) {
        assertThat(modelAllows)
            .as(
                "refund of %d refused (%s), refundable %d",
                refund.cents(), refused.refusal(), refundable)
            .isFalse();
      }
    }

    private void withPayment(int index, java.util.function.Consumer<PaymentState> action) {
      PaymentState payment = payments.get(index);
      if (payment != null) {
        action.accept(payment);
      }
    }

    private static boolean attempt(CommandGateway commands, Object command) {
      try {
        commands.sendAndWait(command);
        return true;
      } catch (LedgerRefusedException | AggregateNotFoundException refusedOrUnknown) {
        return false;
      }
    }

    private static YearMonth month(int index) {
      return YearMonth.from(START).plusMonths(index);
    }
  }

  private static final class PaymentState {
    final PaymentId id;
    final long receivedCents;
    long refundedCents;
    long lostCents;
    long openChargebackCents;
    int chargebacks;
    int refunds;
    boolean returned;
    boolean voided;

    PaymentState(PaymentId id, long receivedCents) {
      this.id = id;
      this.receivedCents = receivedCents;
    }
  }

  @Provide
  Arbitrary<List<Action>> sequences() {
    Arbitrary<Integer> month = Arbitraries.integers().between(0, 5);
    Arbitrary<Integer> payment = Arbitraries.integers().between(0, 4);
    Arbitrary<Long> cents = Arbitraries.longs().between(1, 40_000);
    Arbitrary<Action> action =
        Arbitraries.oneOf(
            month.map(Bill::new),
            Combinators.combine(month, Arbitraries.of(0L, 15_000L, 30_000L, 45_000L))
                .as(ChangeAptc::new),
            month.map(CancelBill::new),
            Combinators.combine(payment, Arbitraries.of(Rail.ACH, Rail.CARD, Rail.WALLET), cents)
                .as(Pay::new),
            payment.map(Settle::new),
            payment.map(Return::new),
            Combinators.combine(payment, cents).as(Chargeback::new),
            Combinators.combine(payment, Arbitraries.of(true, false)).as(ResolveChargeback::new),
            Combinators.combine(payment, cents).as(Refund::new),
            payment.map(Void::new));
    return action.list().ofMinSize(1).ofMaxSize(30);
  }

  private static synchronized ConfigurableApplicationContext context() {
    if (context == null) {
      context =
          new SpringApplicationBuilder(TestApplication.class)
              .web(WebApplicationType.NONE)
              .properties(TestDatabase.properties())
              .properties("db-scheduler.enabled=false", "spring.main.banner-mode=off")
              .run();
    }
    return context;
  }

  @AfterContainer
  static void closeContext() {
    if (context != null) {
      context.close();
      context = null;
    }
  }
}
