package org.premiumledger.cases.api;

import java.time.Instant;

/** An internal note was added; {@code why} holds the note. */
public record CaseNoteAddedEvent(CaseId caseId, Instant at, Actor by, String why)
    implements CaseEvent {}
