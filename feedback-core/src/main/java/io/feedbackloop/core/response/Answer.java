package io.feedbackloop.core.response;

/**
 * One answer in a response, typed by the kind of value it holds: a {@link ScoreAnswer} for NPS,
 * CSAT, CES, rating and smiley questions, a {@link ThumbsAnswer}, a {@link ChoiceAnswer} for single
 * and multiple choice, and a {@link TextAnswer}. Validation binds each answer to its question and
 * reports a {@code wrong_answer_type} problem when the kinds do not match.
 *
 * <p>Answers are typed by value rather than one type per question type so that a response can be
 * built without the survey at hand ({@code .answer("nps", 9)}).
 */
public sealed interface Answer permits ScoreAnswer, ThumbsAnswer, ChoiceAnswer, TextAnswer {

  /** The id of the question answered. */
  String questionId();

  /** The stable JSON type name: {@code score}, {@code thumbs}, {@code choice} or {@code text}. */
  String typeName();
}
