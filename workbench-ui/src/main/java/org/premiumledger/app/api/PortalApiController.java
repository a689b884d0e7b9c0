package org.premiumledger.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.app.api.PortalDocuments.AccountRequest;
import org.premiumledger.app.api.PortalDocuments.AccountResponse;
import org.premiumledger.app.api.PortalDocuments.Method;
import org.premiumledger.app.api.PortalDocuments.PaymentRequest;
import org.premiumledger.app.api.PortalDocuments.PaymentResponse;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.BillingAccountView;
import org.premiumledger.ledger.api.ChangeEnrollmentCommand;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchBillingAccountQuery;
import org.premiumledger.ledger.api.FetchPaymentQuery;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.PaymentView;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.UpdateHouseholdCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exchange portal's JSON API. Every answer, success or problem, is built here as JSON text so
 * that a request repeated with its {@code Idempotency-Key} gets back exactly the first answer.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
class PortalApiController {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final IdempotencyKeys idempotencyKeys;
  private final ObjectMapper mapper;
  private final ObjectMapper canonicalMapper;
  private final Clock clock;
  private final ZoneId zone;

  PortalApiController(
      CommandGateway commands,
      QueryGateway queries,
      IdempotencyKeys idempotencyKeys,
      ObjectMapper mapper,
      Clock clock,
      @Value("${premium-ledger.ledger.zone:America/New_York}") ZoneId zone) {
    this.commands = commands;
    this.queries = queries;
    this.idempotencyKeys = idempotencyKeys;
    this.mapper = mapper;
    this.canonicalMapper = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    this.clock = clock;
    this.zone = zone;
  }

  @Operation(
      summary = "Record a payment taken online",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = PaymentRequest.class))))
  @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> recordPayment(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody String body) {
    if (idempotencyKey == null) {
      return answer(() -> record(body));
    }
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
      return problem(
          new ApiProblem(
              HttpStatus.BAD_REQUEST, "Idempotency-Key", "expected 1 to 255 characters"));
    }
    String requestSha256;
    try {
      requestSha256 = canonicalSha256(body);
    } catch (JsonProcessingException unreadable) {
      return problem(new ApiProblem(HttpStatus.BAD_REQUEST, "body", "expected a JSON object"));
    }

    // Requests with one key take turns (on every node), so the first answer is the one stored.
    return idempotencyKeys.whileHolding(
        idempotencyKey, () -> answerOnce(idempotencyKey, requestSha256, body));
  }

  private ResponseEntity<String> answerOnce(
      String idempotencyKey, String requestSha256, String body) {
    Optional<IdempotencyKeys.StoredAnswer> earlier = idempotencyKeys.find(idempotencyKey);
    if (earlier.isPresent()) {
      return replay(earlier.get(), requestSha256);
    }

    ResponseEntity<String> response = answer(() -> record(body));
    if (response.getStatusCode().is5xxServerError()) {
      return response;
    }
    boolean stored =
        idempotencyKeys.store(
            idempotencyKey, requestSha256, response.getStatusCode().value(), response.getBody());
    return stored ? response : replay(idempotencyKeys.find(idempotencyKey).get(), requestSha256);
  }

  private ResponseEntity<String> replay(IdempotencyKeys.StoredAnswer earlier, String sha256) {
    if (!earlier.requestSha256().equals(sha256)) {
      return problem(
          new ApiProblem(
              HttpStatus.UNPROCESSABLE_ENTITY,
              "Idempotency-Key",
              "idempotency-key-reused",
              "this Idempotency-Key was used before with a different request body"));
    }
    boolean isProblem = earlier.status() >= 400;
    return ResponseEntity.status(earlier.status())
        .contentType(isProblem ? PROBLEM : MediaType.APPLICATION_JSON)
        .body(earlier.body());
  }

  private ResponseEntity<String> record(String body) {
    PaymentRequest request = read(body, PaymentRequest.class);
    RecordPaymentCommand command = paymentCommand(request);
    PaymentRecordedResponse recorded = commands.sendAndWait(command);
    // A new payment is exactly what was asked for; only a repeat is read back, as first recorded.
    PaymentView view =
        recorded.repeatedDelivery()
            ? fetchPayment(recorded.paymentId()).orElseThrow()
            : new PaymentView(
                command.paymentId(),
                command.identity(),
                command.billingAccountId(),
                command.rail(),
                command.amount(),
                command.receivedAt(),
                command.method(),
                "received",
                0);
    return ResponseEntity.status(recorded.repeatedDelivery() ? HttpStatus.OK : HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, "/api/v1/payments/" + recorded.paymentId())
        .contentType(MediaType.APPLICATION_JSON)
        .body(write(paymentResponse(view, recorded.repeatedDelivery())));
  }

  private RecordPaymentCommand paymentCommand(PaymentRequest request) {
    BillingAccountId account = accountId(request.billingAccountId(), "billingAccountId");
    if (request.amountCents() == null || request.amountCents() <= 0) {
      throw ApiProblem.invalid("amountCents", "expected a whole number of cents more than 0");
    }
    Currency currency = currency(request.currency());
    Rail rail = paymentRail(request.rail());
    String reference = request.processorReference();
    if (reference == null
        || reference.isBlank()
        || reference.length() > 128
        || reference.chars().anyMatch(Character::isISOControl)) {
      throw ApiProblem.invalid("processorReference", "expected 1 to 128 printable characters");
    }
    if (request.receivedAt() == null) {
      throw ApiProblem.invalid("receivedAt", "expected an instant such as 2027-01-05T15:00:00Z");
    }
    return new RecordPaymentCommand(
        PaymentIdentity.processor(rail, reference),
        account,
        rail,
        new Money(request.amountCents(), currency),
        request.receivedAt(),
        null,
        method(request.method()));
  }

  private static PaymentMethod method(Method method) {
    if (method == null) {
      return PaymentMethod.none();
    }
    if (method.last4() != null && !method.last4().matches("\\d{4}")) {
      throw ApiProblem.invalid("method.last4", "expected the last four digits of the card");
    }
    if (method.expiryMonth() != null && (method.expiryMonth() < 1 || method.expiryMonth() > 12)) {
      throw ApiProblem.invalid("method.expiryMonth", "expected a month from 1 to 12");
    }
    if (method.expiryYear() != null && (method.expiryYear() < 2000 || method.expiryYear() > 2100)) {
      throw ApiProblem.invalid("method.expiryYear", "expected a four-digit year");
    }
    if (method.brand() != null && method.brand().length() > 40) {
      throw ApiProblem.invalid("method.brand", "expected at most 40 characters");
    }
    return new PaymentMethod(
        method.brand(), method.last4(), method.expiryMonth(), method.expiryYear());
  }

  @Operation(summary = "A payment and where it stands")
  @GetMapping("/payments/{id}")
  ResponseEntity<String> payment(@PathVariable("id") String id) {
    return answer(
        () -> {
          PaymentId paymentId;
          try {
            paymentId = new PaymentId(id);
          } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "id", "no payment has this id");
          }
          PaymentView view =
              fetchPayment(paymentId)
                  .orElseThrow(
                      () -> new ApiProblem(HttpStatus.NOT_FOUND, "id", "no payment has this id"));
          return ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_JSON)
              .body(write(paymentResponse(view, false)));
        });
  }

  @Operation(
      summary = "Open or update a billing account and its enrollment",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = AccountRequest.class))))
  @PutMapping(path = "/accounts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> putAccount(@PathVariable("id") String id, @RequestBody String body) {
    return answer(
        () -> {
          BillingAccountId account = accountId(id, "id");
          AccountRequest request = read(body, AccountRequest.class);
          Household household = household(request);
          Enrollment enrollment = enrollment(request);
          LocalDate effective =
              request.effectiveDate() == null
                  ? enrollment.coverageStart()
                  : request.effectiveDate();
          boolean exists = fetchAccount(account).isPresent();
          if (exists) {
            commands.sendAndWait(new UpdateHouseholdCommand(account, household));
            commands.sendAndWait(
                new ChangeEnrollmentCommand(
                    account, enrollment, effective, LocalDate.now(clock.withZone(zone))));
          } else {
            commands.sendAndWait(
                new OpenBillingAccountCommand(account, household, enrollment, Money.USD));
          }
          return ResponseEntity.status(exists ? HttpStatus.OK : HttpStatus.CREATED)
              .contentType(MediaType.APPLICATION_JSON)
              .body(write(accountResponse(fetchAccount(account).orElseThrow())));
        });
  }

  @Operation(summary = "A billing account's state and balance")
  @GetMapping("/accounts/{id}")
  ResponseEntity<String> account(@PathVariable("id") String id) {
    return answer(
        () -> {
          BillingAccountView view =
              fetchAccount(accountId(id, "id"))
                  .orElseThrow(
                      () ->
                          new ApiProblem(
                              HttpStatus.NOT_FOUND, "id", "no billing account has this id"));
          return ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_JSON)
              .body(write(accountResponse(view)));
        });
  }

  private static Household household(AccountRequest request) {
    if (request.subscriberName() == null || request.subscriberName().isBlank()) {
      throw ApiProblem.invalid("subscriberName", "expected the subscriber's name");
    }
    if (request.language() == null || !request.language().matches("en|es")) {
      throw ApiProblem.invalid("language", "expected en or es");
    }
    String channel =
        request.notificationChannel() == null ? "email" : request.notificationChannel();
    if (!channel.matches("email|sms|mail")) {
      throw ApiProblem.invalid("notificationChannel", "expected email, sms or mail");
    }
    if (request.email() != null && !request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw ApiProblem.invalid("email", "expected an email address");
    }
    if (request.email() == null && channel.equals("email")) {
      throw ApiProblem.invalid("email", "expected an email address when notifying by email");
    }
    if (request.phone() != null && !request.phone().matches("[0-9+() .-]{7,20}")) {
      throw ApiProblem.invalid("phone", "expected a phone number");
    }
    if (request.state() == null || !request.state().matches("[A-Z]{2}")) {
      throw ApiProblem.invalid("state", "expected two capital letters such as MA");
    }
    return new Household(
        request.subscriberName(),
        request.language(),
        request.email(),
        request.phone(),
        channel,
        request.state());
  }

  private static Enrollment enrollment(AccountRequest request) {
    if (request.issuerId() == null
        || !request.issuerId().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw ApiProblem.invalid("issuerId", "expected an issuer id");
    }
    if (request.planId() == null || request.planId().isBlank() || request.planId().length() > 64) {
      throw ApiProblem.invalid("planId", "expected a plan id of 1 to 64 characters");
    }
    if (request.coverageStart() == null) {
      throw ApiProblem.invalid("coverageStart", "expected a date YYYY-MM-DD");
    }
    if (request.coverageEnd() != null && request.coverageEnd().isBefore(request.coverageStart())) {
      throw ApiProblem.invalid("coverageEnd", "expected a date on or after coverageStart");
    }
    if (request.grossPremiumCents() == null || request.grossPremiumCents() < 0) {
      throw ApiProblem.invalid("grossPremiumCents", "expected a whole number of cents, 0 or more");
    }
    if (request.aptcCents() == null
        || request.aptcCents() < 0
        || request.aptcCents() > request.grossPremiumCents()) {
      throw ApiProblem.invalid("aptcCents", "expected cents from 0 to grossPremiumCents");
    }
    return new Enrollment(
        new IssuerId(request.issuerId()),
        request.planId(),
        request.coverageStart(),
        request.coverageEnd(),
        request.grossPremiumCents(),
        request.aptcCents());
  }

  private static BillingAccountId accountId(String value, String field) {
    try {
      return new BillingAccountId(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(field, e.getMessage());
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiProblem.invalid("currency", "expected an ISO 4217 code such as USD");
    }
  }

  private static Rail paymentRail(String code) {
    if (code == null || !code.matches("card|wallet|third-party")) {
      throw ApiProblem.invalid("rail", "expected card, wallet or third-party");
    }
    return Rail.fromCode(code);
  }

  private Optional<PaymentView> fetchPayment(PaymentId id) {
    return queries
        .query(new FetchPaymentQuery(id), ResponseTypes.optionalInstanceOf(PaymentView.class))
        .join();
  }

  private Optional<BillingAccountView> fetchAccount(BillingAccountId id) {
    return queries
        .query(
            new FetchBillingAccountQuery(id),
            ResponseTypes.optionalInstanceOf(BillingAccountView.class))
        .join();
  }

  private static PaymentResponse paymentResponse(PaymentView view, boolean repeated) {
    PaymentMethod method = view.method();
    return new PaymentResponse(
        view.paymentId().value(),
        view.billingAccountId() == null ? null : view.billingAccountId().value(),
        view.amount().cents(),
        view.amount().currency().getCurrencyCode(),
        view.rail().code(),
        view.identity().reference(),
        new Method(method.brand(), method.last4(), method.expiryMonth(), method.expiryYear()),
        view.receivedAt(),
        view.status(),
        view.refundedCents(),
        repeated);
  }

  private static AccountResponse accountResponse(BillingAccountView view) {
    Household household = view.household();
    Enrollment enrollment = view.enrollment();
    return new AccountResponse(
        view.billingAccountId().value(),
        household.subscriberName(),
        household.language(),
        household.email(),
        household.phone(),
        household.notificationChannel(),
        enrollment.issuerId().value(),
        enrollment.planId(),
        enrollment.coverageStart(),
        enrollment.coverageEnd(),
        view.enrollmentEffectiveDate(),
        household.state(),
        enrollment.grossPremiumCents(),
        enrollment.aptcCents(),
        enrollment.netPremiumCents(),
        view.currency().getCurrencyCode(),
        view.balanceCents());
  }

  /** Parses the body, refusing card numbers anywhere in it and naming a field of the wrong type. */
  private <T> T read(String body, Class<T> type) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "body", "expected a JSON object");
    }
    if (tree == null || !tree.isObject()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "body", "expected a JSON object");
    }
    String cardField = CardNumbers.findIn(tree, "");
    if (cardField != null) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          cardField,
          "card-number-refused",
          "card numbers are never accepted; send the brand and last four digits only");
    }
    try {
      return mapper.treeToValue(tree, type);
    } catch (MismatchedInputException e) {
      String field =
          e.getPath().stream()
              .map(reference -> reference.getFieldName())
              .filter(name -> name != null)
              .reduce((parent, child) -> parent + "." + child)
              .orElse("body");
      throw ApiProblem.invalid(
          field, "expected a value of type " + e.getTargetType().getSimpleName());
    } catch (JsonProcessingException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "body", "expected a JSON object");
    }
  }

  private String canonicalSha256(String body) throws JsonProcessingException {
    Object canonical = mapper.convertValue(mapper.readTree(body), Object.class);
    byte[] bytes = canonicalMapper.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private ResponseEntity<String> answer(Supplier<ResponseEntity<String>> work) {
    try {
      return work.get();
    } catch (ApiProblem refused) {
      return problem(refused);
    } catch (LedgerRefusedException refused) {
      return problem(LedgerRefusals.toProblem(refused));
    }
  }

  /**
   * Anything unexpected still answers as a problem document (never a redirect to the workbench's
   * sign-in): logged once here with a reference the caller can quote.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<String> unexpected(Exception failure) {
    if (failure instanceof org.springframework.web.ErrorResponse known) {
      return ResponseEntity.status(known.getStatusCode())
          .contentType(PROBLEM)
          .body(write(known.getBody()));
    }
    String reference = java.util.UUID.randomUUID().toString();
    org.slf4j.LoggerFactory.getLogger(PortalApiController.class)
        .error("portal api failure reference={}", reference, failure);
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "The request could not be completed; quote reference " + reference + ".");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(PROBLEM)
        .body(write(detail));
  }

  private ResponseEntity<String> problem(ApiProblem problem) {
    return ResponseEntity.status(problem.status())
        .contentType(PROBLEM)
        .body(write(problem.toProblemDetail()));
  }

  private String write(Object document) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own documents always serialize", e);
    }
  }
}
