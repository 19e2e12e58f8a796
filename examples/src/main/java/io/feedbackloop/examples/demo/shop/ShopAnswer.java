package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.core.response.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulated customer's answer: the response to submit, and the comment in it with what its
 * writer meant (for checking what the text analysis makes of it).
 *
 * @param response the response, valid against its {@link ShopSurveys survey}
 * @param comment the comment written, if any (its text is the response's {@code comment} answer)
 */
public record ShopAnswer(Response response, Optional<Comment> comment) {

  /**
   * Checks that no part is null.
   *
   * @throws NullPointerException if a part is null
   */
  public ShopAnswer {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(comment, "comment");
  }
}
