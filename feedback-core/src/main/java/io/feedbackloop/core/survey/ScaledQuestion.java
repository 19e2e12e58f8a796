package io.feedbackloop.core.survey;

import java.util.Map;

/**
 * A question answered with a number on a {@link Scale}: NPS, CSAT, CES, a general rating or a
 * smiley. Answered with a {@link io.feedbackloop.core.response.ScoreAnswer}.
 */
public sealed interface ScaledQuestion extends Question
    permits NpsQuestion, CsatQuestion, CesQuestion, RatingQuestion, SmileyQuestion {

  /** The scale: range, step, direction and the metric it feeds. */
  Scale scale();

  /** Optional labels for some scale values (for example the two ends), keyed by value. */
  Map<Integer, LocalizedText> labels();
}
