package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an internal note to a case's timeline. */
public record AddCaseNoteCommand(@TargetAggregateIdentifier CaseId caseId, String text, Actor by) {}
