package org.premiumledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Finds anything in a request that looks like a card number (PAN): a field so named, or any value
 * of 13 to 19 digits (spaces and dashes allowed) that passes the Luhn check. The exchange never
 * takes card numbers; the processor holds them.
 */
final class CardNumbers {

  private static final Set<String> CARD_FIELD_NAMES =
      Set.of("cardnumber", "card_number", "pan", "number", "accountnumber", "cvv", "cvc");

  private CardNumbers() {}

  /** The path of the first field that holds a card number, or null. */
  static String findIn(JsonNode node, String path) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (CARD_FIELD_NAMES.contains(field.getKey().toLowerCase(java.util.Locale.ROOT))) {
          return fieldPath;
        }
        String found = findIn(field.getValue(), fieldPath);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = findIn(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return looksLikePan(node.asText()) ? path : null;
  }

  static boolean looksLikePan(String value) {
    if (value == null || !value.matches("[0-9 -]{13,25}")) {
      return false;
    }
    String digits = value.replaceAll("[ -]", "");
    return digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits);
  }

  private static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
