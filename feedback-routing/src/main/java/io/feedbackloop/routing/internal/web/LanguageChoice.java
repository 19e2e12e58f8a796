package io.feedbackloop.routing.internal.web;

import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the language of a survey page: the {@code lang} parameter if the survey has it, else the
 * contact's locale if the survey has it, else the best {@code Accept-Language} match among the
 * survey's languages, else the survey's default locale. A survey "has" a language when any of its
 * texts is written in it (or it is the default locale).
 */
public final class LanguageChoice {
  /** Longer Accept-Language headers are ignored: no browser sends one, and parsing is not free. */
  static final int MAX_ACCEPT_LANGUAGE = 512;

  private LanguageChoice() {}

  /** The page language for {@code survey}. */
  public static Locale choose(
      Survey survey,
      @Nullable String langParameter,
      @Nullable Locale contactLocale,
      @Nullable String acceptLanguage) {
    List<Locale> offered = languages(survey);
    Optional<Locale> fromParameter = parseTag(langParameter).flatMap(l -> match(l, offered));
    if (fromParameter.isPresent()) {
      return fromParameter.get();
    }
    Optional<Locale> fromContact =
        contactLocale == null ? Optional.empty() : match(contactLocale, offered);
    if (fromContact.isPresent()) {
      return fromContact.get();
    }
    return acceptLanguage(acceptLanguage, offered).orElse(survey.defaultLocale());
  }

  /**
   * The language of a page that belongs to no survey (an invalid link, an unreadable form): the
   * {@code lang} parameter, else {@code Accept-Language}, among the page languages; else English.
   */
  public static Locale forPlainPage(@Nullable String langParameter, @Nullable String acceptLanguage) {
    Optional<Locale> fromParameter =
        parseTag(langParameter).flatMap(l -> match(l, PageText.LANGUAGES));
    if (fromParameter.isPresent()) {
      return fromParameter.get();
    }
    return acceptLanguage(acceptLanguage, PageText.LANGUAGES).orElse(Locale.ENGLISH);
  }

  /** The languages {@code survey} has texts in, its default locale first. */
  public static List<Locale> languages(Survey survey) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(survey.defaultLocale().toLanguageTag());
    for (Question q : survey.questions()) {
      addTags(q.text(), tags);
      if (q instanceof ScaledQuestion s) {
        s.labels().values().forEach(t -> addTags(t, tags));
      }
      for (Choice c : choices(q)) {
        addTags(c.label(), tags);
      }
    }
    List<Locale> out = new ArrayList<>(tags.size());
    for (String tag : tags) {
      out.add(Locale.forLanguageTag(tag));
    }
    return out;
  }

  private static List<Choice> choices(Question q) {
    if (q instanceof SingleChoiceQuestion s) {
      return s.choices();
    }
    if (q instanceof MultipleChoiceQuestion m) {
      return m.choices();
    }
    return List.of();
  }

  private static void addTags(LocalizedText text, Set<String> tags) {
    tags.addAll(text.asMap().keySet());
  }

  /** The offered locale for {@code wanted}: the same tag, else the first with its language. */
  static Optional<Locale> match(Locale wanted, List<Locale> offered) {
    for (Locale l : offered) {
      if (l.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())) {
        return Optional.of(l);
      }
    }
    for (Locale l : offered) {
      if (l.getLanguage().equals(wanted.getLanguage())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The best match of an {@code Accept-Language} header, by its weights (RFC 4647 lookup). */
  static Optional<Locale> acceptLanguage(@Nullable String header, List<Locale> offered) {
    if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed header is as good as none
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0 || "*".equals(range.getRange())) {
        continue;
      }
      Optional<Locale> hit = parseTag(range.getRange()).flatMap(l -> match(l, offered));
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** A well-formed language tag with a language, or empty. */
  static Optional<Locale> parseTag(@Nullable String tag) {
    if (tag == null || tag.isEmpty() || tag.length() > 35) {
      return Optional.empty();
    }
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      return l.getLanguage().isEmpty() ? Optional.empty() : Optional.of(l);
    } catch (java.util.IllformedLocaleException e) {
      return Optional.empty();
    }
  }
}
