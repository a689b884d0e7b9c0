package org.premiumledger.ledger.payment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.ledger.posting.PostingRules;

class PaymentReturnTest {

  private static final BillingAccountId ACCOUNT = new BillingAccountId("BA-1");
  private static final PaymentIdentity IDENTITY = PaymentIdentity.achTrace("021000020000001");
  private static final PaymentId PAYMENT = PaymentId.forIdentity(IDENTITY);
  private static final LocalDate RETURNED_ON = LocalDate.of(2027, 1, 8);

  private AggregateTestFixture<Payment> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Payment.class);
  }

  @Test
  void canReturnAnAchPaymentOnce() {
    fixture
        .given(received())
        .when(new ReturnPaymentCommand(PAYMENT, "026009590000001", "R01", RETURNED_ON))
        .expectResultMessagePayload(true);
  }

  @Test
  void theSameReturnAgainIsAlreadyPresentAndPostsNothing() {
    fixture
        .given(received(), returned("026009590000001"))
        .when(new ReturnPaymentCommand(PAYMENT, "026009590000001", "R01", RETURNED_ON))
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void cannotReturnAPaymentAlreadyReturnedUnderAnotherTrace() {
    fixture
        .given(received(), returned("026009590000001"))
        .when(new ReturnPaymentCommand(PAYMENT, "026009590000002", "R09", RETURNED_ON))
        .expectException(LedgerRefusedException.class)
        .expectNoEvents();
  }

  private static PaymentReceivedEvent received() {
    Money amount = Money.usd(61_240);
    return new PaymentReceivedEvent(
        PAYMENT,
        IDENTITY,
        ACCOUNT,
        Rail.ACH,
        amount,
        Instant.parse("2027-01-05T05:00:00Z"),
        LocalDate.of(2027, 1, 5),
        PaymentMethod.none(),
        PostingRules.paymentReceived(ACCOUNT, Rail.ACH, amount, LocalDate.of(2027, 1, 5)));
  }

  private static PaymentReturnedEvent returned(String returnTrace) {
    return new PaymentReturnedEvent(
        PAYMENT,
        ACCOUNT,
        returnTrace,
        "R01",
        RETURNED_ON,
        false,
        false,
        PostingRules.achReturn(
            LedgerAccount.receivable(ACCOUNT), Money.usd(61_240), false, RETURNED_ON));
  }
}
