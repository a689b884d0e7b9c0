package org.premiumledger.cases.api;

import java.time.LocalDate;

/** One deadline of a case: the rule, its due date and how it was counted ({@code count} units). */
public record CaseDeadline(DeadlineRule rule, LocalDate dueOn, DeadlineUnit unit, int count) {}
