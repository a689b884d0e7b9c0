package org.premiumledger.cases.api;

import java.time.Instant;

/** Every event of a case says who did what, when and why: together they are its timeline. */
public interface CaseEvent {

  CaseId caseId();

  Instant at();

  Actor by();

  String why();
}
