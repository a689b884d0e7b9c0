package org.premiumledger.cases.api;

import java.util.UUID;

/** Fetches the bytes of one piece of evidence of a case. */
public record FetchEvidenceQuery(CaseId caseId, UUID evidenceId) {}
