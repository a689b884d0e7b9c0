package org.premiumledger.cases.detection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.PaymentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The detected pairs: each pair is recorded once, by its primary key, whoever finds it. */
@Component
class DuplicatePairs {

  private final JdbcTemplate jdbc;

  DuplicatePairs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the pairs not seen before; returns how many were new. */
  int record(
      PaymentId arrived,
      List<PaymentId> matches,
      BillingAccountId account,
      CaseId caseId,
      Instant detectedAt) {
    int inserted = 0;
    for (PaymentId match : matches) {
      UUID a = UUID.fromString(arrived.value());
      UUID b = UUID.fromString(match.value());
      boolean arrivedFirst = a.toString().compareTo(b.toString()) < 0;
      inserted +=
          jdbc.update(
              """
              insert into case_duplicate_pair
                     (first_payment_id, second_payment_id, billing_account_id, case_id,
                      detected_at)
              values (?, ?, ?, ?, ?)
              on conflict (first_payment_id, second_payment_id) do nothing
              """,
              arrivedFirst ? a : b,
              arrivedFirst ? b : a,
              account.value(),
              UUID.fromString(caseId.value()),
              Timestamp.from(detectedAt));
    }
    return inserted;
  }

  /** The latest case, still active and not dismissed, that a pair of these payments opened. */
  Optional<CaseId> activeCaseOf(List<PaymentId> payments) {
    String[] ids = payments.stream().map(PaymentId::value).toArray(String[]::new);
    return jdbc
        .query(
            """
            select case_id
              from case_duplicate_pair
             where (first_payment_id = any (?::uuid[]) or second_payment_id = any (?::uuid[]))
               and dismissed_at is null
               and case_id not in (select case_id from case_detection_inactive_case)
             order by detected_at desc
             limit 1
            """,
            (row, rowNumber) -> CaseId.of(row.getString("case_id")),
            ids,
            ids)
        .stream()
        .findFirst();
  }

  void dismissed(CaseId caseId, Instant at, String by, String reason) {
    jdbc.update(
        """
        update case_duplicate_pair
           set dismissed_at = ?, dismissed_by = ?, dismissed_reason = ?
         where case_id = ? and dismissed_at is null
        """,
        Timestamp.from(at),
        by,
        reason,
        UUID.fromString(caseId.value()));
  }

  void caseActive(CaseId caseId, boolean active) {
    UUID id = UUID.fromString(caseId.value());
    if (active) {
      jdbc.update("delete from case_detection_inactive_case where case_id = ?", id);
    } else {
      jdbc.update(
          "insert into case_detection_inactive_case (case_id) values (?) on conflict do nothing",
          id);
    }
  }
}
