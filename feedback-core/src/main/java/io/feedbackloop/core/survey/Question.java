package io.feedbackloop.core.survey;

import java.util.Optional;

/**
 * One question of a survey. A closed hierarchy: {@link NpsQuestion}, {@link CsatQuestion}, {@link
 * CesQuestion}, {@link RatingQuestion}, {@link ThumbsQuestion}, {@link SmileyQuestion}, {@link
 * SingleChoiceQuestion}, {@link MultipleChoiceQuestion} and {@link TextQuestion}.
 *
 * <p>Every question has an id unique within its survey, a localized text, a required flag and an
 * optional {@link DisplayCondition}: a question whose condition is not met was not shown, and is
 * then never required. All implementations are immutable records.
 */
public sealed interface Question
    permits ScaledQuestion,
        ThumbsQuestion,
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TextQuestion {

  /** The id, unique within the survey; answers refer to it. */
  String id();

  /** The question text in one or more languages. */
  LocalizedText text();

  /** Whether an answer is required when the question is shown. */
  boolean required();

  /** The condition under which the question is shown, if any. */
  Optional<DisplayCondition> displayCondition();

  /** The kind of question. */
  QuestionType type();
}
