package org.premiumledger.ledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PostingRule;

/**
 * Builds expected journal entries by hand (accounts and amounts written out in the test, never
 * taken from the posting rules under test) and compares events while ignoring the random ids of
 * entries.
 */
public final class Entries {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
  private static final UUID ANY_ID = new UUID(0, 0);

  private Entries() {}

  public static JournalLine debit(String account, long cents) {
    return JournalLine.debit(LedgerAccount.of(account), cents);
  }

  public static JournalLine credit(String account, long cents) {
    return JournalLine.credit(LedgerAccount.of(account), cents);
  }

  public static JournalEntry entry(PostingRule rule, LocalDate date, JournalLine... lines) {
    return new JournalEntry(ANY_ID, rule, Money.USD, date, Arrays.asList(lines), null);
  }

  public static JournalEntry correction(PostingRule rule, LocalDate date, JournalLine... lines) {
    return new JournalEntry(ANY_ID, rule, Money.USD, date, Arrays.asList(lines), ANY_ID);
  }

  /** The events the command applied, in order, equal to these but for entry ids. */
  public static Matcher<List<EventMessage<?>>> exactly(Object... expected) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(List<EventMessage<?>> actual) {
        List<Object> payloads = new ArrayList<>();
        actual.forEach(message -> payloads.add(message.getPayload()));
        return normalised(payloads).equals(normalised(Arrays.asList(expected)));
      }

      @Override
      public void describeTo(Description description) {
        description.appendText(normalised(Arrays.asList(expected)).toPrettyString());
      }

      @Override
      protected void describeMismatchSafely(List<EventMessage<?>> actual, Description description) {
        List<Object> payloads = new ArrayList<>();
        actual.forEach(message -> payloads.add(message.getPayload()));
        description.appendText(normalised(payloads).toPrettyString());
      }
    };
  }

  private static JsonNode normalised(List<Object> events) {
    var array = JSON.createArrayNode();
    for (Object event : events) {
      ObjectNode node = JSON.createObjectNode();
      node.put("type", event.getClass().getSimpleName());
      node.set("payload", blankIds(JSON.valueToTree(event)));
      array.add(node);
    }
    return array;
  }

  private static JsonNode blankIds(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("entryId")) {
        object.set("entryId", TextNode.valueOf("*"));
      }
      if (object.hasNonNull("correctsEntryId")) {
        object.set("correctsEntryId", TextNode.valueOf("*"));
      }
      if (object.hasNonNull("billEntryId")) {
        object.set("billEntryId", TextNode.valueOf("*"));
      }
      object.fields().forEachRemaining(field -> blankIds(field.getValue()));
    } else if (node != null && node.isArray()) {
      node.forEach(Entries::blankIds);
    }
    return node;
  }
}
