package org.premiumledger.ledger.intake.nacha;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.AchChangeCode;
import org.premiumledger.ledger.api.AchExceptionKind;
import org.premiumledger.ledger.api.AchExceptionRecordedEvent;
import org.premiumledger.ledger.api.BankAccountRecordedEvent;
import org.premiumledger.ledger.api.BankDetailsChangedEvent;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ChangeBankDetailsCommand;
import org.premiumledger.ledger.api.EncryptedBankAccount;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.RecordAchExceptionCommand;
import org.premiumledger.ledger.api.RecordBankAccountCommand;

class BankAccountOnFileTest {

  private static final BillingAccountId ACCOUNT = new BillingAccountId("BA-1");
  private static final EncryptedBankAccount CHECKING =
      new EncryptedBankAccount("v1.sealed-a", "fp-a", "6789", "checking");
  private static final EncryptedBankAccount SAVINGS =
      new EncryptedBankAccount("v1.sealed-b", "fp-b", "4321", "savings");

  private AggregateTestFixture<BankAccountOnFile> fixture;
  private AggregateTestFixture<AchException> exceptions;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(BankAccountOnFile.class);
    exceptions = new AggregateTestFixture<>(AchException.class);
  }

  @Test
  void canKeepTheFirstAccountOnFile() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordBankAccountCommand(ACCOUNT, CHECKING, "021000020000001"))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(true)
        .expectEvents(new BankAccountRecordedEvent(ACCOUNT, CHECKING, "021000020000001"));
  }

  @Test
  void theSameAccountAgainChangesNothing() {
    fixture
        .given(new BankAccountRecordedEvent(ACCOUNT, CHECKING, "021000020000001"))
        .when(new RecordBankAccountCommand(ACCOUNT, CHECKING, "021000020000002"))
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void aNotificationOfChangeAppliesOnce() {
    ChangeBankDetailsCommand change =
        new ChangeBankDetailsCommand(
            ACCOUNT,
            AchChangeCode.C05,
            "v1.corrected",
            SAVINGS,
            "021000020000001",
            "026009590000001");
    BankDetailsChangedEvent changed =
        new BankDetailsChangedEvent(
            ACCOUNT,
            AchChangeCode.C05,
            "v1.corrected",
            SAVINGS,
            "021000020000001",
            "026009590000001");

    fixture
        .given(new BankAccountRecordedEvent(ACCOUNT, CHECKING, "021000020000001"))
        .when(change)
        .expectResultMessagePayload(true)
        .expectEvents(changed);
    fixture
        .given(new BankAccountRecordedEvent(ACCOUNT, CHECKING, "021000020000001"), changed)
        .when(change)
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void anExceptionIsRecordedOncePerTrace() {
    RecordAchExceptionCommand command =
        new RecordAchExceptionCommand(
            "026009590000009",
            "021000020000001",
            AchExceptionKind.DISHONORED_RETURN,
            "R68",
            Money.usd(100),
            "R68 Untimely return");
    AchExceptionRecordedEvent recorded =
        new AchExceptionRecordedEvent(
            "026009590000009",
            "021000020000001",
            AchExceptionKind.DISHONORED_RETURN,
            "R68",
            Money.usd(100),
            "R68 Untimely return");

    exceptions.givenNoPriorActivity().when(command).expectEvents(recorded);
    exceptions.given(recorded).when(command).expectResultMessagePayload(false).expectNoEvents();
  }
}
