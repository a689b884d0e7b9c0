package org.premiumledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.PremiumLedgerApplication;
import org.premiumledger.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(
    classes = PremiumLedgerApplication.class,
    properties = {
      "db-scheduler.enabled=false",
      "spring.main.banner-mode=off",
      "premium-ledger.api-keys=first-portal-key, second-portal-key"
    })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class PortalApiIT {

  static final String KEY = "Bearer second-portal-key";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thePortalOpensAnAccountAndReadsItBack() throws Exception {
    String account = "BA-" + UUID.randomUUID();

    mvc.perform(authorized(put("/api/v1/accounts/" + account)).content(accountBody(30_000)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.billingAccountId").value(account))
        .andExpect(jsonPath("$.netPremiumCents").value(20_000))
        .andExpect(jsonPath("$.balanceCents").value(0));
    mvc.perform(authorized(put("/api/v1/accounts/" + account)).content(accountBody(35_000)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.aptcCents").value(35_000))
        .andExpect(jsonPath("$.netPremiumCents").value(15_000));
    mvc.perform(authorized(get("/api/v1/accounts/" + account)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subscriberName").value("Ana Diaz"))
        .andExpect(jsonPath("$.grossPremiumCents").value(50_000));
  }

  @Test
  void aPaymentIsRecordedAndTheSameKeyAndBodyAnswerTheFirstResponseAgain() throws Exception {
    String account = openAccount();
    String key = UUID.randomUUID().toString();
    String body = paymentBody(account, "psp-" + UUID.randomUUID(), 12_345);

    MvcResult first =
        mvc.perform(
                authorized(post("/api/v1/payments")).header("Idempotency-Key", key).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.amountCents").value(12_345))
            .andExpect(jsonPath("$.status").value("received"))
            .andExpect(jsonPath("$.method.last4").value("4242"))
            .andReturn();
    MvcResult second =
        mvc.perform(
                authorized(post("/api/v1/payments")).header("Idempotency-Key", key).content(body))
            .andExpect(status().isCreated())
            .andReturn();

    assertThat(second.getResponse().getContentAsString())
        .isEqualTo(first.getResponse().getContentAsString());
    Long credited =
        jdbc.queryForObject(
            "select sum(amount_cents) from journal_line where account_code = ?",
            Long.class,
            "receivable:enrollee:" + account);
    assertThat(credited).isEqualTo(12_345L);
    String paymentId =
        com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.paymentId");
    mvc.perform(authorized(get("/api/v1/payments/" + paymentId)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billingAccountId").value(account))
        .andExpect(jsonPath("$.rail").value("card"))
        .andExpect(jsonPath("$.amountCents").value(12_345))
        .andExpect(jsonPath("$.method.brand").value("Visa"));
    // the same payment without the key: a repeated delivery, answered as first recorded
    mvc.perform(authorized(post("/api/v1/payments")).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paymentId").value(paymentId))
        .andExpect(jsonPath("$.repeatedDelivery").value(true))
        .andExpect(jsonPath("$.receivedAt").value("2027-01-05T15:00:00Z"));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() throws Exception {
    String account = openAccount();
    String key = UUID.randomUUID().toString();
    String reference = "psp-" + UUID.randomUUID();
    mvc.perform(
            authorized(post("/api/v1/payments"))
                .header("Idempotency-Key", key)
                .content(paymentBody(account, reference, 1_000)))
        .andExpect(status().isCreated());

    mvc.perform(
            authorized(post("/api/v1/payments"))
                .header("Idempotency-Key", key)
                .content(paymentBody(account, reference, 1_001)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"))
        .andExpect(jsonPath("$.status").value(422));
  }

  @Test
  void problemsNameTheFieldAtFault() throws Exception {
    String account = openAccount();

    mvc.perform(authorized(post("/api/v1/payments")).content(paymentBody(account, "p-1", 0)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("amountCents"));
    mvc.perform(
            authorized(post("/api/v1/payments"))
                .content(paymentBody(account, "p-2", 100).replace("\"card\"", "\"ach\"")))
        .andExpect(jsonPath("$.field").value("rail"));
    mvc.perform(
            authorized(post("/api/v1/payments"))
                .content(paymentBody("BA-NOBODY-" + UUID.randomUUID(), "p-3", 100)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("billingAccountId"))
        .andExpect(jsonPath("$.code").value("L001"));
    mvc.perform(
            authorized(post("/api/v1/payments"))
                .content(
                    paymentBody(account, "p-4", 100)
                        .replace("\"amountCents\":100", "\"amountCents\":\"lots\"")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("amountCents"));
  }

  @Test
  void anAmountThatIsNotAWholeNumberOfCentsOrIsTooLargeIsRefused() throws Exception {
    String account = openAccount();

    for (String amount : new String[] {"1.5", "1e3", "\"100\""}) {
      mvc.perform(
              authorized(post("/api/v1/payments"))
                  .content(
                      paymentBody(account, "p-frac-" + UUID.randomUUID(), 100)
                          .replace("\"amountCents\":100", "\"amountCents\":" + amount)))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.field").value("amountCents"));
    }
    mvc.perform(
            authorized(post("/api/v1/payments"))
                .content(paymentBody(account, "p-max", Long.MAX_VALUE)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("L029"));
  }

  @Test
  void aDocumentWithAKeyTwiceOrTrailingTextIsRefused() throws Exception {
    String account = openAccount();
    String body = paymentBody(account, "p-dup-" + UUID.randomUUID(), 100);

    mvc.perform(
            authorized(post("/api/v1/payments"))
                .content(
                    body.replace("\"amountCents\":100", "\"amountCents\":100,\"amountCents\":1")))
        .andExpect(status().is4xxClientError());
    mvc.perform(authorized(post("/api/v1/payments")).content(body + " {}"))
        .andExpect(status().is4xxClientError());
  }

  @Test
  void aControlCharacterInAReferenceIsRefusedAsAProblemNotAServerError() throws Exception {
    String account = openAccount();

    mvc.perform(
            authorized(post("/api/v1/payments")).content(paymentBody(account, "R-\\u0000-x", 100)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.field").value("processorReference"));
  }

  @Test
  void aCardNumberIsNeverAccepted() throws Exception {
    String account = openAccount();
    String body =
        paymentBody(account, "psp-" + UUID.randomUUID(), 500)
            .replace("\"brand\":\"Visa\"", "\"brand\":\"4242 4242 4242 4242\"");

    mvc.perform(authorized(post("/api/v1/payments")).content(body))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("method.brand"))
        .andExpect(jsonPath("$.code").value("card-number-refused"));
  }

  @Test
  void aRequestWithoutAKeyOrWithAWrongKeyIsRefused() throws Exception {
    mvc.perform(get("/api/v1/accounts/BA-1"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"premium-ledger\""))
        .andExpect(jsonPath("$.status").value(401));
    mvc.perform(get("/api/v1/accounts/BA-1").header("Authorization", "Bearer second-portal-kex"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value("The API key is not valid."));
    mvc.perform(get("/api/v1/accounts/BA-1").header("Authorization", "Bearer first-portal-key"))
        .andExpect(status().isNotFound());
  }

  @Test
  void keysAreComparedWhole() {
    ApiKeys keys = new ApiKeys("alpha-key, beta-key");

    assertThat(keys.isValid("alpha-key")).isTrue();
    assertThat(keys.isValid("beta-key")).isTrue();
    assertThat(keys.isValid("alpha-ke")).isFalse();
    assertThat(keys.isValid("alpha-key ")).isFalse();
    assertThat(keys.isValid("")).isFalse();
    assertThat(new ApiKeys("").isValid("")).isFalse();
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/payments'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}'].put").exists());
  }

  private String openAccount() throws Exception {
    String account = "BA-" + UUID.randomUUID();
    mvc.perform(authorized(put("/api/v1/accounts/" + account)).content(accountBody(30_000)))
        .andExpect(status().isCreated());
    return account;
  }

  private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
    return request.header("Authorization", KEY).contentType(MediaType.APPLICATION_JSON);
  }

  private static String accountBody(long aptcCents) {
    return """
        {"subscriberName":"Ana Diaz","language":"es","email":"ana@example.org",
         "phone":"555-0100","notificationChannel":"email","issuerId":"ISS-1","planId":"PLAN-1",
         "coverageStart":"2027-01-01","state":"MA","grossPremiumCents":50000,"aptcCents":%d}
        """
        .formatted(aptcCents);
  }

  private static String paymentBody(String account, String reference, long cents) {
    return """
        {"billingAccountId":"%s","amountCents":%d,"currency":"USD","rail":"card",
         "processorReference":"%s","method":{"brand":"Visa","last4":"4242","expiryMonth":12,
         "expiryYear":2029},"receivedAt":"2027-01-05T15:00:00Z"}
        """
        .formatted(account, cents, reference);
  }
}
