package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A text in several languages, with a fallback chain.
 *
 * <p>{@link #resolve(Locale, Locale)} tries the requested locale exactly ({@code nl-BE}), then its
 * language alone ({@code nl}), then the fallback (the survey's default locale), then the
 * fallback's language. Locales are compared by their BCP 47 language tag.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedText {
  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<String, String> byTag;

  private LocalizedText(Map<String, String> byTag) {
    this.byTag = byTag;
  }

  /** A text with no translations. */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /** A text in one language. */
  public static LocalizedText of(Locale locale, String text) {
    return EMPTY.with(locale, text);
  }

  /**
   * A text from a map of BCP 47 language tags (such as {@code "sv"} or {@code "nl-BE"}) to texts,
   * in the map's iteration order.
   *
   * @throws IllegalArgumentException if a tag is not well-formed or a text is blank
   */
  public static LocalizedText ofTags(Map<String, String> textsByTag) {
    LocalizedText result = EMPTY;
    for (Map.Entry<String, String> e : textsByTag.entrySet()) {
      result = result.with(parseTag(e.getKey()), e.getValue());
    }
    return result;
  }

  /**
   * Returns a copy with {@code text} for {@code locale}, replacing any text it had.
   *
   * @throws IllegalArgumentException if the text is blank or the locale has no language
   */
  public LocalizedText with(Locale locale, String text) {
    Args.notNull("locale", locale);
    Args.notBlank("text", text);
    Args.check(!locale.getLanguage().isEmpty(), "locale", "a locale with a language", locale);
    Map<String, String> copy = new LinkedHashMap<>(byTag);
    copy.put(locale.toLanguageTag(), text);
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * The text for {@code requested}, falling back along the chain described on the class.
   *
   * @return the text, or empty when neither the requested locale nor the fallback has one
   */
  public Optional<String> resolve(Locale requested, Locale fallback) {
    String text = lookup(requested);
    if (text == null) {
      text = lookup(fallback);
    }
    return Optional.ofNullable(text);
  }

  private @org.jspecify.annotations.Nullable String lookup(Locale locale) {
    String exact = byTag.get(locale.toLanguageTag());
    return exact != null ? exact : byTag.get(locale.getLanguage());
  }

  /** The text exactly for {@code locale}'s tag, with no fallback. */
  public Optional<String> exactly(Locale locale) {
    return Optional.ofNullable(byTag.get(locale.toLanguageTag()));
  }

  /** The translations, keyed by BCP 47 language tag, in insertion order. */
  public Map<String, String> asMap() {
    return byTag;
  }

  /** Tells whether there is no translation at all. */
  public boolean isEmpty() {
    return byTag.isEmpty();
  }

  /**
   * Parses a BCP 47 language tag strictly.
   *
   * @throws IllegalArgumentException if the tag is not well-formed or has no language
   */
  public static Locale parseTag(String tag) {
    Args.notNull("locale tag", tag);
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (java.util.IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "locale must be a BCP 47 language tag such as 'sv' or 'nl-BE', but was '"
              + Args.printable(tag)
              + "'",
          e);
    }
    Args.check(
        !locale.getLanguage().isEmpty(), "locale", "a tag with a language", "'" + tag + "'");
    return locale;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof LocalizedText other && byTag.equals(other.byTag);
  }

  @Override
  public int hashCode() {
    return byTag.hashCode();
  }

  @Override
  public String toString() {
    return byTag.toString();
  }
}
