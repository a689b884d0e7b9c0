package org.premiumledger.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What importers read from and send to the ledger while a file is imported. Commands go through a
 * gateway that never retries on another thread: the whole file posts in one transaction, and a
 * retry outside it would post part of a file that is then rolled back.
 */
@Component
class IntakeLedger {

  private static final String EVENT_PACKAGE = "org.premiumledger.ledger.api.";

  private final CommandGateway commands;
  private final JdbcTemplate jdbc;
  private final ObjectMapper mapper;
  private final Clock clock;

  IntakeLedger(CommandBus commandBus, JdbcTemplate jdbc, ObjectMapper mapper, Clock clock) {
    this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    this.jdbc = jdbc;
    this.mapper = mapper;
    this.clock = clock;
  }

  <R> R send(Object command) {
    return commands.sendAndWait(command);
  }

  boolean accountExists(BillingAccountId account) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from ledger_billing_account where billing_account_id = ?",
            Integer.class,
            account.value());
    return count != null && count > 0;
  }

  /** A payment as the book knows it: its account (null while unapplied) and amount. */
  record KnownPayment(BillingAccountId billingAccountId, Money amount) {}

  Optional<KnownPayment> payment(PaymentId paymentId) {
    return jdbc
        .query(
            "select billing_account_id, amount_cents, currency from ledger_payment"
                + " where payment_id = ?::uuid",
            (row, i) ->
                new KnownPayment(
                    row.getString(1) == null ? null : new BillingAccountId(row.getString(1)),
                    new Money(
                        row.getLong(2), java.util.Currency.getInstance(row.getString(3).trim()))),
            paymentId.value())
        .stream()
        .findFirst();
  }

  /** How many events an aggregate has: compared before and after a command, it says if it acted. */
  long eventCount(String aggregateId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from domain_event_entry where aggregate_identifier = ?",
            Long.class,
            aggregateId);
    return count == null ? 0 : count;
  }

  /** The payloads of one kind of event of an aggregate, oldest first. */
  List<JsonNode> events(String aggregateId, String eventName) {
    return jdbc.query(
        "select payload from domain_event_entry where aggregate_identifier = ?"
            + " and payload_type = ? order by sequence_number",
        (row, i) -> readTree(row.getBytes(1)),
        aggregateId,
        EVENT_PACKAGE + eventName);
  }

  private JsonNode readTree(byte[] payload) {
    try {
      return mapper.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists an item for staff. Returns false when the same item was listed before (an overlapping or
   * repeated file), so it is counted once.
   */
  boolean listException(
      String format,
      String itemKey,
      String fileName,
      int line,
      String kind,
      Money amount,
      String reason) {
    int inserted =
        jdbc.update(
            """
            insert into intake_exception (format, item_key, file_name, line, kind, amount_cents,
                currency, reason, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (format, item_key) do nothing
            """,
            format,
            itemKey,
            fileName,
            line,
            kind,
            amount.cents(),
            amount.currency().getCurrencyCode(),
            reason,
            Timestamp.from(clock.instant()));
    return inserted == 1;
  }
}
