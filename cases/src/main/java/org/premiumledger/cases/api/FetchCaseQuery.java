package org.premiumledger.cases.api;

/** Fetches one case with its payments, deadlines, money actions and evidence. */
public record FetchCaseQuery(CaseId caseId) {}
