package org.premiumledger.projections.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor of keyset pagination: the sort values of a page's last row, which the next page
 * seeks past. Never an OFFSET.
 */
public final class Keyset {

  private static final String SEPARATOR = "\u001f";

  private Keyset() {}

  public static String encode(Object... values) {
    String joined = String.join(SEPARATOR, Arrays.stream(values).map(String::valueOf).toList());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** The values of a cursor, or null for none; refuses a cursor of the wrong shape. */
  public static List<String> decode(String cursor, int expectedValues) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    String joined;
    try {
      joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected a page cursor, found '" + cursor + "'");
    }
    List<String> values = List.of(joined.split(SEPARATOR, -1));
    if (values.size() != expectedValues) {
      throw new IllegalArgumentException("expected a page cursor, found '" + cursor + "'");
    }
    return values;
  }

  /** A page size within 1..1000. */
  public static int pageSize(int requested) {
    if (requested < 1 || requested > 1_000) {
      throw new IllegalArgumentException("expected a page size of 1 to 1000, found " + requested);
    }
    return requested;
  }
}
