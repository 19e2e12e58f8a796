package io.feedbackloop.scoring;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.scoring.internal.Checks;

/**
 * The class of one answer: negative, neutral or positive, read from the scale's metadata.
 *
 * <ul>
 *   <li>NPS (0-10): 0-6 {@link #NEGATIVE} (detractor), 7-8 {@link #NEUTRAL} (passive), 9-10 {@link
 *       #POSITIVE} (promoter).
 *   <li>Any other scale: {@link #POSITIVE} from {@code positiveFrom} in the scale's good direction
 *       (CSAT satisfied 4-5 on 1-5, CES easy 5-7 on 1-7), {@link #NEUTRAL} exactly one step short
 *       of it (3 on CSAT 1-5, 4 on CES 1-7), {@link #NEGATIVE} below that. On a {@link
 *       ScaleDirection#DESCENDING descending} scale "short of" means one step above.
 *   <li>Smiley faces follow their scale (5 faces: 4-5 positive, 3 neutral, 1-2 negative; 3 faces:
 *       3, 2, 1); thumbs up is positive, thumbs down negative.
 * </ul>
 */
public enum Category {
  /** Detractor (NPS), dissatisfied (CSAT), hard (CES). */
  NEGATIVE("detractor", "dissatisfied", "hard", "negative"),
  /** Passive (NPS), neutral (CSAT, CES). */
  NEUTRAL("passive", "neutral", "neutral", "neutral"),
  /** Promoter (NPS), satisfied (CSAT), easy (CES). */
  POSITIVE("promoter", "satisfied", "easy", "positive");

  private final String npsLabel;
  private final String csatLabel;
  private final String cesLabel;
  private final String plainLabel;

  Category(String npsLabel, String csatLabel, String cesLabel, String plainLabel) {
    this.npsLabel = npsLabel;
    this.csatLabel = csatLabel;
    this.cesLabel = cesLabel;
    this.plainLabel = plainLabel;
  }

  /**
   * Classifies {@code value} on {@code scale}.
   *
   * @throws IllegalArgumentException if the value is not on the scale
   * @throws NullPointerException if {@code scale} is null
   */
  public static Category of(Scale scale, int value) {
    Checks.notNull("scale", scale);
    if (!scale.contains(value)) {
      throw Checks.offScale(scale, value);
    }
    if (scale.metric() == Metric.NPS) {
      return nps(value);
    }
    if (scale.isPositive(value)) {
      return POSITIVE;
    }
    int neutral =
        scale.direction() == ScaleDirection.ASCENDING
            ? scale.positiveFrom() - scale.step()
            : scale.positiveFrom() + scale.step();
    return value == neutral ? NEUTRAL : NEGATIVE;
  }

  /**
   * Classifies an NPS answer: 0-6 detractor, 7-8 passive, 9-10 promoter.
   *
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public static Category nps(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("score must be in 0..10, but was " + score);
    }
    if (score >= 9) {
      return POSITIVE;
    }
    return score >= 7 ? NEUTRAL : NEGATIVE;
  }

  /** Classifies a thumbs answer: up is {@link #POSITIVE}, down {@link #NEGATIVE}. */
  public static Category thumbs(boolean up) {
    return up ? POSITIVE : NEGATIVE;
  }

  /**
   * Classifies {@code answer} to {@code question}: a score on a scaled question (NPS, CSAT, CES,
   * rating, smiley) by its scale, a thumbs answer by {@link #thumbs}.
   *
   * @return the category, or empty for choice and text questions and for an answer of the wrong
   *     kind (validation reports those)
   * @throws IllegalArgumentException if a score is off the question's scale
   * @throws NullPointerException if an argument is null
   */
  public static java.util.Optional<Category> of(Question question, Answer answer) {
    Checks.notNull("question", question);
    Checks.notNull("answer", answer);
    if (question instanceof ScaledQuestion scaled && answer instanceof ScoreAnswer score) {
      return java.util.Optional.of(of(scaled.scale(), score.value()));
    }
    if (question instanceof ThumbsQuestion && answer instanceof ThumbsAnswer thumbs) {
      return java.util.Optional.of(thumbs(thumbs.up()));
    }
    return java.util.Optional.empty();
  }

  /**
   * The usual name of this category for {@code metric}: detractor/passive/promoter for NPS,
   * dissatisfied/neutral/satisfied for CSAT, hard/neutral/easy for CES, negative/neutral/positive
   * otherwise.
   */
  public String label(Metric metric) {
    Checks.notNull("metric", metric);
    return switch (metric) {
      case NPS -> npsLabel;
      case CSAT -> csatLabel;
      case CES -> cesLabel;
      case NONE -> plainLabel;
    };
  }
}
