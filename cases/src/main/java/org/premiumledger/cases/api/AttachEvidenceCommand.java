package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attaches a document or screenshot. The bytes are stored in PostgreSQL, never in the event; the
 * event carries the name, type, size and SHA-256. Attaching the same id and bytes again changes
 * nothing.
 */
public record AttachEvidenceCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID evidenceId,
    String fileName,
    String contentType,
    byte[] content,
    Actor by,
    String why) {}
