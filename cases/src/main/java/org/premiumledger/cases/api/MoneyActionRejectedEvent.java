package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;

/** A supervisor rejected a money action; {@code why} is the reason. */
public record MoneyActionRejectedEvent(
    CaseId caseId, UUID actionId, Instant at, Actor by, String why) implements CaseEvent {}
