package org.premiumledger.app.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request the API refuses: the status, the field at fault (or null) and what was wrong. */
class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String code;

  ApiProblem(HttpStatus status, String field, String detail) {
    this(status, field, null, detail);
  }

  ApiProblem(HttpStatus status, String field, String code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.field = field;
    this.code = code;
  }

  static ApiProblem invalid(String field, String detail) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, field, detail);
  }

  HttpStatus status() {
    return status;
  }

  /** RFC 9457 problem details; {@code field} and {@code code} are extension members. */
  ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setTitle(status.getReasonPhrase());
    if (field != null) {
      problem.setProperty("field", field);
    }
    if (code != null) {
      problem.setProperty("code", code);
    }
    return problem;
  }
}
