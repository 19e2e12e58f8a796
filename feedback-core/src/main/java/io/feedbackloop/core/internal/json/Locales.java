package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.survey.LocalizedText;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict BCP 47 tag parsing ({@link LocalizedText#parseTag}) with a small bounded cache: documents
 * repeat the same few tags, and {@code Locale.Builder} is costly on the hot path.
 */
final class Locales {
  private static final int MAX_ENTRIES = 512;
  private static final int MAX_CACHED_TAG_LENGTH = 35;
  private static final ConcurrentHashMap<String, Locale> CACHE = new ConcurrentHashMap<>();

  private Locales() {}

  /**
   * Parses a tag.
   *
   * @throws IllegalArgumentException if it is not a well-formed tag with a language
   */
  static Locale parse(String tag) {
    Locale cached = CACHE.get(tag);
    if (cached != null) {
      return cached;
    }
    Locale locale = LocalizedText.parseTag(tag);
    if (tag.length() <= MAX_CACHED_TAG_LENGTH && CACHE.size() < MAX_ENTRIES) {
      CACHE.putIfAbsent(tag, locale);
    }
    return locale;
  }
}
