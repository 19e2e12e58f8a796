package io.feedbackloop.routing.web;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.web.DefaultThankYou;
import io.feedbackloop.routing.internal.web.PageText;
import io.feedbackloop.scoring.Category;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The thank-you pages shown after an answer, per {@link Category} of the answer's first scaled
 * question (NPS promoter = {@code POSITIVE}, passive = {@code NEUTRAL}, detractor = {@code
 * NEGATIVE}; an answer without a score gets the {@code NEUTRAL} page), per survey or for all
 * surveys, per locale. Immutable and thread-safe.
 *
 * <p><b>Built-in pages</b> (in en, sv, nl, pl and de, without links): promoters are thanked;
 * passives are thanked and told that every answer is read (no second form: the survey's own comment
 * question is where they say what would have made it great, and a configured link can lead on);
 * detractors are told that we are sorry. On a {@code NEGATIVE} page the survey page always adds
 * that someone will contact the respondent by the due time of the case the answer opened, or that
 * someone will look at the answer when no case has a due time.
 *
 * <p><b>Lookup</b> for survey {@code s}, category {@code c} and locale {@code l}: a page configured
 * for {@code s} in {@code l}'s exact tag, then in {@code l}'s language; one configured for all
 * surveys in the tag, then the language; the built-in page if the pages speak {@code l}'s language;
 * then the English page configured for {@code s}, for all surveys, and the built-in English page.
 */
public final class ThankYouPages {
  private static final ThankYouPages DEFAULTS = new ThankYouPages(Map.of());
  private static final String ALL = "";

  private final Map<String, ThankYouPage> pages;

  private ThankYouPages(Map<String, ThankYouPage> pages) {
    this.pages = Map.copyOf(pages);
  }

  /** The built-in pages only. */
  public static ThankYouPages ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a builder over the built-in pages. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The page for an answer to survey {@code surveyId} in category {@code category}, in {@code
   * locale} (see the lookup order in the class documentation).
   */
  public ThankYouPage page(String surveyId, Category category, Locale locale) {
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("category", category);
    Checks.notNull("locale", locale);
    String[] tags = {locale.toLanguageTag(), locale.getLanguage()};
    for (String survey : new String[] {surveyId, ALL}) {
      for (String tag : tags) {
        ThankYouPage p = pages.get(key(survey, category, tag));
        if (p != null) {
          return p;
        }
      }
    }
    if (!PageText.speaks(locale)) {
      for (String survey : new String[] {surveyId, ALL}) {
        ThankYouPage p = pages.get(key(survey, category, "en"));
        if (p != null) {
          return p;
        }
      }
    }
    return ThankYouPage.of(DefaultThankYou.title(category, locale), DefaultThankYou.text(category, locale));
  }

  private static String key(String surveyId, Category category, String tag) {
    return surveyId + '|' + category + '|' + tag;
  }

  @Override
  public String toString() {
    return "ThankYouPages[" + pages.size() + " configured]";
  }

  /** Builds {@link ThankYouPages}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, ThankYouPage> pages = new HashMap<>();

    private Builder() {}

    /**
     * Sets the page for {@code category} in {@code locale} for all surveys, replacing an earlier
     * one.
     *
     * @throws IllegalArgumentException if the locale has no language
     */
    public Builder page(Category category, Locale locale, ThankYouPage page) {
      pages.put(key(ALL, Checks.notNull("category", category), tag(locale)), Checks.notNull("page", page));
      return this;
    }

    /**
     * Sets the page for {@code category} in {@code locale} for survey {@code surveyId}, replacing
     * an earlier one; it wins over a page for all surveys.
     *
     * @throws IllegalArgumentException if the survey id is not an identifier or the locale has no
     *     language
     */
    public Builder page(String surveyId, Category category, Locale locale, ThankYouPage page) {
      Checks.identifier("surveyId", surveyId);
      pages.put(key(surveyId, Checks.notNull("category", category), tag(locale)), Checks.notNull("page", page));
      return this;
    }

    private static String tag(Locale locale) {
      Checks.notNull("locale", locale);
      Checks.check(!locale.getLanguage().isEmpty(), "locale", "a locale with a language", "'" + locale + "'");
      return locale.toLanguageTag();
    }

    /** Builds the pages. */
    public ThankYouPages build() {
      return new ThankYouPages(pages);
    }
  }
}
