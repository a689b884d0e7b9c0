package org.premiumledger.ledger.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ChangeEnrollmentCommand;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.UpdateHouseholdCommand;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;

/**
 * The eligibility system's enrollment file: a row opens a billing account, or changes a known one's
 * household details and its enrollment from {@code effective_date} on. An identical row changes
 * nothing (the aggregate compares), and counts as already present.
 */
@Component
class EnrollmentFileImporter extends CsvFileImporter<EnrollmentFileImporter.EnrollmentRow> {

  static final String FORMAT = "enrollment";

  private static final Set<String> COLUMNS =
      Set.of(
          "billing_account_id",
          "subscriber_name",
          "language",
          "email",
          "phone",
          "issuer_id",
          "plan_id",
          "coverage_start",
          "gross_premium",
          "aptc",
          "state");

  private final IntakeLedger ledger;
  private final LedgerSettings settings;
  private final Clock clock;

  EnrollmentFileImporter(IntakeLedger ledger, LedgerSettings settings, Clock clock) {
    this.ledger = ledger;
    this.settings = settings;
    this.clock = clock;
  }

  record EnrollmentRow(
      int line,
      BillingAccountId account,
      Household household,
      Enrollment enrollment,
      LocalDate effectiveDate)
      implements CsvFileImporter.Item {

    @Override
    public long debitCents() {
      return 0;
    }

    @Override
    public long creditCents() {
      return 0;
    }
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  Set<String> requiredColumns() {
    return COLUMNS;
  }

  @Override
  EnrollmentRow parse(CsvTable.Row row) {
    BillingAccountId account = Fields.account(row, "billing_account_id");
    Household household = household(row);
    LocalDate coverageStart = Fields.date(row, "coverage_start");
    LocalDate coverageEnd = row.has("coverage_end") ? Fields.date(row, "coverage_end") : null;
    if (coverageEnd != null && coverageEnd.isBefore(coverageStart)) {
      throw row.fault("coverage_end", "a date on or after coverage_start " + coverageStart);
    }
    long gross = Fields.dollars(row, "gross_premium");
    if (gross < 0) {
      throw row.fault("gross_premium", "an amount of 0.00 or more");
    }
    long aptc = Fields.dollars(row, "aptc");
    if (aptc < 0 || aptc > gross) {
      throw row.fault("aptc", "an amount from 0.00 to the gross premium");
    }
    String issuer = Fields.text(row, "issuer_id", 64);
    if (!issuer.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw row.fault("issuer_id", "an issuer id of letters, digits, '.', '-' or '_'");
    }
    Enrollment enrollment =
        new Enrollment(
            new IssuerId(issuer),
            Fields.text(row, "plan_id", 64),
            coverageStart,
            coverageEnd,
            gross,
            aptc);
    LocalDate effectiveDate = Fields.optionalDate(row, "effective_date", coverageStart);
    return new EnrollmentRow(row.line(), account, household, enrollment, effectiveDate);
  }

  private static Household household(CsvTable.Row row) {
    String name = Fields.text(row, "subscriber_name", 200);
    String language = Fields.required(row, "language");
    if (!language.matches("en|es")) {
      throw row.fault("language", "en or es");
    }
    String channel = row.has("notification_channel") ? row.get("notification_channel") : "email";
    if (!channel.matches("email|sms|mail")) {
      throw row.fault("notification_channel", "email, sms or mail");
    }
    String email = row.get("email");
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw row.fault("email", "an email address");
    }
    if (email.isEmpty() && channel.equals("email")) {
      throw row.fault("email", "an email address when notification_channel is email");
    }
    String phone = row.get("phone");
    if (!phone.isEmpty() && !phone.matches("[0-9+() .-]{7,20}")) {
      throw row.fault("phone", "a phone number");
    }
    if (phone.isEmpty() && channel.equals("sms")) {
      throw row.fault("phone", "a phone number when notification_channel is sms");
    }
    String state = Fields.required(row, "state");
    if (!state.matches("[A-Z]{2}")) {
      throw row.fault("state", "two capital letters such as MA");
    }
    return new Household(
        name,
        language,
        email.isEmpty() ? null : email,
        phone.isEmpty() ? null : phone,
        channel,
        state);
  }

  @Override
  void post(EnrollmentRow row, String fileName, Tally tally) {
    long eventsBefore = ledger.eventCount(row.account().value());
    if (eventsBefore == 0) {
      ledger.send(
          new OpenBillingAccountCommand(
              row.account(), row.household(), row.enrollment(), Money.USD));
      if (!row.effectiveDate().equals(row.enrollment().coverageStart())) {
        ledger.send(changeOf(row));
      }
    } else {
      ledger.send(new UpdateHouseholdCommand(row.account(), row.household()));
      ledger.send(changeOf(row));
    }
    if (ledger.eventCount(row.account().value()) > eventsBefore) {
      tally.posted++;
    } else {
      tally.alreadyPresent++;
    }
  }

  private ChangeEnrollmentCommand changeOf(EnrollmentRow row) {
    return new ChangeEnrollmentCommand(
        row.account(), row.enrollment(), row.effectiveDate(), settings.today(clock));
  }
}
