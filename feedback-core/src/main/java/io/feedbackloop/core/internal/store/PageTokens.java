package io.feedbackloop.core.internal.store;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Opaque continuation tokens of keyset pages: the position of the last item plus a fingerprint of
 * the query, so that a token is refused by another query. Stateless: a token works on every node.
 */
public final class PageTokens {
  private static final String VERSION = "r1";

  private PageTokens() {}

  /** Checks a page size: 1 to {@link ResponseStore#MAX_PAGE_SIZE}. */
  public static int checkSize(int size) {
    Args.check(
        size >= 1 && size <= ResponseStore.MAX_PAGE_SIZE,
        "size",
        "between 1 and " + ResponseStore.MAX_PAGE_SIZE,
        size);
    return size;
  }

  /** The token that continues {@code query} after {@code last}. */
  public static String encode(ResponseQuery query, Position last) {
    Instant at = last.submittedAt();
    long seconds = at.getEpochSecond();
    int nanos = at.getNano();
    String raw =
        VERSION
            + ":"
            + seconds
            + ":"
            + nanos
            + ":"
            + fingerprint(query)
            + ":"
            + last.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a token of {@code query}.
   *
   * @throws IllegalArgumentException if the token is malformed or belongs to another query
   */
  public static Position decode(ResponseQuery query, String token) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 5);
    } catch (IllegalArgumentException e) {
      throw malformed(token);
    }
    if (parts.length != 5 || !parts[0].equals(VERSION) || !Args.isIdentifier(parts[4])) {
      throw malformed(token);
    }
    long seconds;
    int nanos;
    try {
      seconds = Long.parseLong(parts[1]);
      nanos = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      throw malformed(token);
    }
    if (nanos < 0 || nanos > 999_999_999) {
      throw malformed(token);
    }
    Instant at;
    try {
      at = Instant.ofEpochSecond(seconds, nanos);
    } catch (RuntimeException e) {
      throw malformed(token);
    }
    if (!parts[3].equals(fingerprint(query))) {
      throw new IllegalArgumentException(
          "after must be a continuation token of this query, but was one of another query");
    }
    return new Position(at, parts[4]);
  }

  private static IllegalArgumentException malformed(String token) {
    return new IllegalArgumentException(
        "after must be a continuation token returned by page(...), but was '"
            + Args.printable(token)
            + "'");
  }

  private static String fingerprint(ResponseQuery q) {
    StringBuilder s = new StringBuilder(q.tenant().value());
    s.append('\u0000').append(q.surveyId().orElse(""));
    s.append('\u0000').append(q.submittedFrom().map(Instant::toString).orElse(""));
    s.append('\u0000').append(q.submittedBefore().map(Instant::toString).orElse(""));
    s.append('\u0000').append(q.respondent().map(RespondentId::value).orElse(""));
    for (Map.Entry<String, String> e : q.attributes().entrySet()) {
      s.append('\u0000').append(e.getKey()).append('=').append(e.getValue());
    }
    CRC32 crc = new CRC32();
    crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
