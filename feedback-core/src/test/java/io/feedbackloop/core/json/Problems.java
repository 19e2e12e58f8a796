package io.feedbackloop.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Captures the problems a codec call fails with. */
final class Problems {
  private Problems() {}

  /** The problems of the {@link ValidationException} {@code call} must throw. */
  static List<Problem> of(ThrowingCallable call) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(call)
        .isInstanceOf(ValidationException.class)
        .satisfies(t -> thrown[0] = t);
    return ((ValidationException) thrown[0]).problems();
  }

  /** The single problem of the {@link ValidationException} {@code call} must throw. */
  static Problem single(ThrowingCallable call) {
    List<Problem> problems = of(call);
    org.assertj.core.api.Assertions.assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
