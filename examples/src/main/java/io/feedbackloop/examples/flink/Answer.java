package io.feedbackloop.examples.flink;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Picks one answer (a score on a metric's scale) out of an input element, for {@link NpsAggregate}
 * and {@link ScaleAggregate}. Serializable because Flink ships the aggregate, and this with it, to
 * the task managers; a method reference such as {@code SurveyResponse::nps} is.
 *
 * @param <T> the input element type
 */
@FunctionalInterface
public interface Answer<T> extends Serializable {

  /** The answer in {@code element}, or null if it has none (it is then not counted). */
  @Nullable Integer of(T element);
}
