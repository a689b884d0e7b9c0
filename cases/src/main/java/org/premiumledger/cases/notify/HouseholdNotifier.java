package org.premiumledger.cases.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseNotification;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseStatusChangedEvent;
import org.premiumledger.cases.api.FetchCaseNotificationsQuery;
import org.premiumledger.cases.api.FindUndeliveredNotificationsQuery;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.BillingAccountOpenedEvent;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.HouseholdUpdatedEvent;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.MoneyFormat;
import org.premiumledger.ledger.api.Rail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a notification to the outbox for each step that concerns the household: case opened, more
 * information needed, resolved, refund sent; in the household's language and for its chosen
 * channel. One row per event (keyed by the event's id), so a replay writes nothing twice. Delivery
 * by email, text or mail is a later issue's; rows carry no address, only the billing account.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.NOTIFICATIONS)
class HouseholdNotifier {

  private static final Logger log = LoggerFactory.getLogger(HouseholdNotifier.class);

  private static final String NOTIFICATION_COLUMNS =
      """
      select notification_id, case_id, billing_account_id, topic, language, channel, subject,
             body, created_at, delivered_at
        from case_notification_outbox
      """;

  private final JdbcTemplate jdbc;

  HouseholdNotifier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BillingAccountOpenedEvent event) {
    remember(event.billingAccountId(), event.household());
  }

  @EventHandler
  void on(HouseholdUpdatedEvent event) {
    remember(event.billingAccountId(), event.household());
  }

  @EventHandler
  void on(CaseOpenedEvent event, EventMessage<?> message) {
    Money amount = event.payments().isEmpty() ? null : event.payments().get(0).amount();
    jdbc.update(
        """
        insert into case_notification_case
               (case_id, billing_account_id, kind, amount_cents, currency)
        values (?, ?, ?, ?, ?)
        on conflict (case_id) do nothing
        """,
        uuid(event.caseId()),
        event.billingAccountId().value(),
        event.kind().name(),
        amount == null ? null : amount.cents(),
        amount == null ? null : amount.currency().getCurrencyCode());
    String topic =
        event.kind() == CaseKind.DUPLICATE_CHARGE ? "case-opened.duplicate" : "case-opened.general";
    write(message, event.caseId(), topic, amount, null, event.at());
  }

  @EventHandler
  void on(CaseStatusChangedEvent event, EventMessage<?> message) {
    if (event.to() == CaseStatus.WAITING_ON_ENROLLEE) {
      write(message, event.caseId(), "info-needed", null, event.why(), event.at());
    }
  }

  @EventHandler
  void on(CaseResolvedEvent event, EventMessage<?> message) {
    String topic = "resolved." + event.resolution().name().toLowerCase(java.util.Locale.ROOT);
    write(message, event.caseId(), topic, null, null, event.at());
  }

  @EventHandler
  void on(MoneyActionPostedEvent event, EventMessage<?> message) {
    if (!(event.action() instanceof MoneyAction.Refund refund)) {
      return;
    }
    String topic =
        event.rail() == Rail.ACH
            ? "refund-sent.bank"
            : event.rail() != null && event.rail().canBeChargedBack()
                ? "refund-sent.card"
                : "refund-sent.other";
    write(message, event.caseId(), topic, refund.amount(), null, event.at());
  }

  @QueryHandler
  List<CaseNotification> handle(FetchCaseNotificationsQuery query) {
    return jdbc.query(
        NOTIFICATION_COLUMNS + " where case_id = ? order by created_at, notification_id",
        (row, rowNumber) -> notification(row),
        uuid(query.caseId()));
  }

  @QueryHandler
  List<CaseNotification> handle(FindUndeliveredNotificationsQuery query) {
    return jdbc.query(
        NOTIFICATION_COLUMNS
            + " where delivered_at is null order by created_at, notification_id limit ?",
        (row, rowNumber) -> notification(row),
        Math.max(1, Math.min(query.limit(), 1_000)));
  }

  private static CaseNotification notification(java.sql.ResultSet row)
      throws java.sql.SQLException {
    return new CaseNotification(
        row.getObject("notification_id", UUID.class),
        CaseId.of(row.getString("case_id")),
        BillingAccountId.of(row.getString("billing_account_id")),
        row.getString("topic"),
        row.getString("language"),
        row.getString("channel"),
        row.getString("subject"),
        row.getString("body"),
        row.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(row.getTimestamp("delivered_at"))
            .map(Timestamp::toInstant)
            .orElse(null));
  }

  private void remember(BillingAccountId account, Household household) {
    jdbc.update(
        """
        insert into case_household (billing_account_id, language, channel)
        values (?, ?, ?)
        on conflict (billing_account_id)
        do update set language = excluded.language, channel = excluded.channel
        """,
        account.value(),
        household.language(),
        household.notificationChannel());
  }

  private void write(
      EventMessage<?> message,
      CaseId caseId,
      String topic,
      Money amount,
      String needed,
      Instant at) {
    var cases =
        jdbc.query(
            """
            select c.billing_account_id, c.amount_cents, c.currency,
                   coalesce(h.language, 'en') as language, coalesce(h.channel, 'email') as channel
              from case_notification_case c
              left join case_household h on h.billing_account_id = c.billing_account_id
             where c.case_id = ?
            """,
            (row, rowNumber) ->
                new Recipient(
                    row.getString("billing_account_id"),
                    row.getString("language"),
                    row.getString("channel"),
                    row.getObject("amount_cents", Long.class),
                    row.getString("currency")),
            uuid(caseId));
    if (cases.isEmpty()) {
      throw new IllegalStateException("no opening seen for case " + caseId);
    }
    Recipient recipient = cases.get(0);
    Money shown =
        amount != null
            ? amount
            : recipient.amountCents == null
                ? null
                : new Money(recipient.amountCents, Currency.getInstance(recipient.currency));
    NotificationTexts.Message text =
        NotificationTexts.render(
            topic,
            recipient.language,
            caseId.caseNumber(),
            shown == null ? null : "$" + MoneyFormat.decimal(shown.cents()),
            needed);

    int written =
        jdbc.update(
            """
            insert into case_notification_outbox
                   (notification_id, source_event_id, case_id, billing_account_id, topic,
                    language, channel, subject, body, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (source_event_id) do nothing
            """,
            UUID.nameUUIDFromBytes(message.getIdentifier().getBytes()),
            message.getIdentifier(),
            uuid(caseId),
            recipient.billingAccountId,
            topic,
            recipient.language,
            recipient.channel,
            text.subject(),
            text.body(),
            Timestamp.from(at));
    if (written == 1) {
      log.info(
          "notification queued caseId={} topic={} language={}", caseId, topic, recipient.language);
    }
  }

  private static UUID uuid(CaseId caseId) {
    return UUID.fromString(caseId.value());
  }

  private record Recipient(
      String billingAccountId,
      String language,
      String channel,
      Long amountCents,
      String currency) {}
}
