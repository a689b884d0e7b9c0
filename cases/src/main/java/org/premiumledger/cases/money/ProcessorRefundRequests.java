package org.premiumledger.cases.money;

import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.FindPendingProcessorRefundsQuery;
import org.premiumledger.cases.api.ProcessorRefundRequest;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the processor refund outbox for the processor integration. */
@Component
class ProcessorRefundRequests {

  private final JdbcTemplate jdbc;

  ProcessorRefundRequests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  List<ProcessorRefundRequest> handle(FindPendingProcessorRefundsQuery query) {
    return jdbc.query(
        """
        select action_id, case_id, payment_id, rail, amount_cents, currency, refund_reference,
               requested_at
          from case_processor_refund_request
         where confirmed_at is null
         order by requested_at, action_id
         limit ?
        """,
        (row, rowNumber) ->
            new ProcessorRefundRequest(
                row.getObject("action_id", UUID.class),
                CaseId.of(row.getString("case_id")),
                PaymentId.of(row.getString("payment_id")),
                Rail.fromCode(row.getString("rail")),
                new Money(
                    row.getLong("amount_cents"), Currency.getInstance(row.getString("currency"))),
                row.getString("refund_reference"),
                row.getTimestamp("requested_at").toInstant()),
        Math.max(1, Math.min(query.limit(), 1_000)));
  }
}
