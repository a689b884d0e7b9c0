package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;

/** Evidence was attached; its bytes are in the evidence table, not here. */
public record EvidenceAttachedEvent(
    CaseId caseId,
    UUID evidenceId,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {}
