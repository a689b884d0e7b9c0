package org.premiumledger.ledger.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.ledger.api.BillingAccountView;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchBillingAccountQuery;
import org.premiumledger.ledger.api.FetchPaymentQuery;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentView;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.book.BookReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the portal's reads of one account or one payment from the aggregate's own events, which
 * are current the moment a command returns (the portal reads its own writes).
 */
@Component
class PortalQueries {

  private final JdbcTemplate jdbc;
  private final ObjectMapper mapper;
  private final BookReader book;

  PortalQueries(JdbcTemplate jdbc, ObjectMapper mapper, BookReader book) {
    this.jdbc = jdbc;
    this.mapper = mapper;
    this.book = book;
  }

  private record StoredEvent(String type, JsonNode payload) {}

  @QueryHandler
  Optional<BillingAccountView> handle(FetchBillingAccountQuery query) throws Exception {
    List<StoredEvent> events = events(query.billingAccountId().value());
    if (events.isEmpty() || !events.get(0).type().equals("BillingAccountOpenedEvent")) {
      return Optional.empty();
    }
    JsonNode opened = events.get(0).payload();
    Household household = read(opened.get("household"), Household.class);
    Enrollment enrollment = read(opened.get("enrollment"), Enrollment.class);
    LocalDate effective = enrollment.coverageStart();
    for (StoredEvent event : events) {
      if (event.type().equals("HouseholdUpdatedEvent")) {
        household = read(event.payload().get("household"), Household.class);
      }
      if (event.type().equals("EnrollmentChangedEvent")) {
        LocalDate from = LocalDate.parse(event.payload().get("effectiveDate").asText());
        if (!from.isBefore(effective)) {
          enrollment = read(event.payload().get("enrollment"), Enrollment.class);
          effective = from;
        }
      }
    }
    return Optional.of(
        new BillingAccountView(
            query.billingAccountId(),
            household,
            enrollment,
            effective,
            Currency.getInstance(opened.get("currency").asText()),
            book.receivableBalanceCents(query.billingAccountId())));
  }

  @QueryHandler
  Optional<PaymentView> handle(FetchPaymentQuery query) throws Exception {
    List<StoredEvent> events = events(query.paymentId().value());
    if (events.isEmpty() || !events.get(0).type().equals("PaymentReceivedEvent")) {
      return Optional.empty();
    }
    JsonNode received = events.get(0).payload();
    Money amount = read(received.get("amount"), Money.class);
    String status = received.path("billingAccountId").isNull() ? "unapplied" : "received";
    long refunded = 0;
    for (StoredEvent event : events.subList(1, events.size())) {
      switch (event.type()) {
        case "UnappliedPaymentAppliedEvent" -> status = "received";
        case "AchPaymentSettledEvent", "ProcessorFeeRecordedEvent" ->
            status = status.equals("received") ? "settled" : status;
        case "RefundIssuedEvent" -> {
          refunded += event.payload().path("amount").path("cents").asLong();
          status = refunded >= amount.cents() ? "refunded" : "partially-refunded";
        }
        case "PaymentReturnedEvent" -> status = "returned";
        case "ChargebackOpenedEvent", "ChargebackLostEvent" -> status = "charged-back";
        case "ChargebackWonEvent" -> status = "chargeback-reversed";
        case "PaymentVoidedEvent" -> status = "voided";
        default -> {}
      }
    }
    String account =
        jdbc.queryForObject(
            "select billing_account_id from ledger_payment where payment_id = ?::uuid",
            String.class,
            query.paymentId().value());
    return Optional.of(
        new PaymentView(
            query.paymentId(),
            read(received.get("identity"), PaymentIdentity.class),
            account == null ? null : new org.premiumledger.ledger.api.BillingAccountId(account),
            Rail.fromCode(received.get("rail").asText()),
            amount,
            Instant.parse(received.get("receivedAt").asText()),
            received.hasNonNull("method")
                ? read(received.get("method"), PaymentMethod.class)
                : PaymentMethod.none(),
            status,
            refunded));
  }

  private List<StoredEvent> events(String aggregateId) {
    return jdbc.query(
        "select payload_type, payload from domain_event_entry where aggregate_identifier = ?"
            + " order by sequence_number",
        (row, i) ->
            new StoredEvent(
                row.getString(1).substring(row.getString(1).lastIndexOf('.') + 1),
                readTree(row.getBytes(2))),
        aggregateId);
  }

  private JsonNode readTree(byte[] payload) {
    try {
      return mapper.readTree(payload);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private <T> T read(JsonNode node, Class<T> type) throws JsonProcessingException {
    return mapper.treeToValue(node, type);
  }
}
