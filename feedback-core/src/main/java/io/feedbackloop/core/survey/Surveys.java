package io.feedbackloop.core.survey;

import java.util.Locale;

/**
 * Ready-made surveys from the {@link QuestionTemplates}, in version 1, with texts in all five
 * template languages and {@code defaultLocale} as the fallback.
 *
 * <p>Question ids: {@code nps}, {@code csat}, {@code ces} for the score, {@code comment} for the
 * reason (optional), and for NPS also {@code improve} (shown to detractors) and {@code praise}
 * (shown to promoters).
 */
public final class Surveys {
  private Surveys() {}

  /**
   * An NPS survey: the NPS question, the reason, and a follow-up worded by score.
   *
   * @throws io.feedbackloop.core.validation.ValidationException if {@code defaultLocale} is not
   *     one of the template languages (its texts would be missing)
   */
  public static Survey nps(String surveyId, Locale defaultLocale) {
    return Survey.builder(surveyId)
        .name("NPS")
        .defaultLocale(defaultLocale)
        .question(QuestionTemplates.nps("nps"))
        .question(QuestionTemplates.comment("comment"))
        .question(QuestionTemplates.improvement("improve", "nps"))
        .question(QuestionTemplates.praise("praise", "nps"))
        .build();
  }

  /**
   * A CSAT survey: the CSAT question and the reason.
   *
   * @throws io.feedbackloop.core.validation.ValidationException if {@code defaultLocale} is not
   *     one of the template languages
   */
  public static Survey csat(String surveyId, Locale defaultLocale) {
    return Survey.builder(surveyId)
        .name("CSAT")
        .defaultLocale(defaultLocale)
        .question(QuestionTemplates.csat("csat"))
        .question(QuestionTemplates.comment("comment"))
        .build();
  }

  /**
   * A CES 2.0 survey: the CES statement and the reason.
   *
   * @throws io.feedbackloop.core.validation.ValidationException if {@code defaultLocale} is not
   *     one of the template languages
   */
  public static Survey ces(String surveyId, Locale defaultLocale) {
    return Survey.builder(surveyId)
        .name("CES")
        .defaultLocale(defaultLocale)
        .question(QuestionTemplates.ces("ces"))
        .question(QuestionTemplates.comment("comment"))
        .build();
  }
}
