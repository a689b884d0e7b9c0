package org.premiumledger.cases.deadline;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.FlagDeadlineCommand;
import org.premiumledger.cases.dispute.CaseRules;
import org.premiumledger.cases.platform.CaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Escalates deadlines near or past to supervisors. db-scheduler runs the watch on one node at a
 * time and picks it up again after a restart; the case itself records each escalation once per
 * deadline and standing, so running the watch twice, or on two nodes, escalates nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineWatch {

  static final Actor WATCH = Actor.system("deadline-watch");
  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

  private final JdbcTemplate jdbc;
  private final CommandGateway commands;
  private final CaseRules rules;
  private final CaseSettings settings;

  DeadlineWatch(
      JdbcTemplate jdbc, CommandGateway commands, CaseRules rules, CaseSettings settings) {
    this.jdbc = jdbc;
    this.commands = commands;
    this.rules = rules;
    this.settings = settings;
  }

  @Bean
  RecurringTask<Void> escalateCaseDeadlines() {
    return Tasks.recurring(
            "escalate-case-deadlines", Schedules.fixedDelay(settings.getDeadlineCheckInterval()))
        .execute((instance, context) -> escalateDue(rules.today()));
  }

  /** Flags every unmet deadline of an active case that is near or past; returns how many. */
  public int escalateDue(LocalDate today) {
    List<DueDeadline> due =
        jdbc.query(
            """
            select d.case_id, d.rule
              from case_view_deadline d
              join case_view c on c.case_id = d.case_id
             where d.met_at is null
               and c.status not in ('RESOLVED', 'CLOSED')
               and d.due_on <= ?
               and not d.flagged_past
               and (not d.flagged_near or d.due_on < ?)
             order by d.due_on, d.case_id, d.rule
            """,
            (row, rowNumber) ->
                new DueDeadline(
                    CaseId.of(row.getString("case_id")),
                    DeadlineRule.valueOf(row.getString("rule"))),
            today.plusDays(settings.getNearDeadlineDays()),
            today);
    int escalated = 0;
    for (DueDeadline deadline : due) {
      DeadlineStanding standing =
          commands.sendAndWait(
              new FlagDeadlineCommand(deadline.caseId, deadline.rule, today, WATCH));
      if (standing != null) {
        escalated++;
      }
    }
    log.info("deadline watch today={} candidates={} escalated={}", today, due.size(), escalated);
    return escalated;
  }

  private record DueDeadline(CaseId caseId, DeadlineRule rule) {}
}
