package org.premiumledger.cases.api;

/** Fetches a case's timeline: every change with who, when and why, oldest first. */
public record FetchCaseTimelineQuery(CaseId caseId) {}
