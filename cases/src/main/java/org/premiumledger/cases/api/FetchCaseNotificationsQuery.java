package org.premiumledger.cases.api;

/** Fetches the household notifications a case wrote to the outbox, oldest first. */
public record FetchCaseNotificationsQuery(CaseId caseId) {}
