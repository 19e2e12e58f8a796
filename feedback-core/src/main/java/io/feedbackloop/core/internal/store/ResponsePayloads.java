package io.feedbackloop.core.internal.store;

import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Response;

/**
 * The JSON form in which stores keep responses, and the store's own size check: a store refuses a
 * response whose JSON is larger than the codec reads back, so that nothing is stored that cannot be
 * read.
 */
public final class ResponsePayloads {
  private static final FeedbackJson JSON = FeedbackJson.ofDefaults();

  private ResponsePayloads() {}

  /** The codec the stores use. */
  public static FeedbackJson codec() {
    return JSON;
  }

  /**
   * The UTF-8 JSON of {@code response}.
   *
   * @throws IllegalArgumentException if it is larger than the codec's response limit
   */
  public static byte[] encode(Response response) {
    byte[] json = JSON.writeResponseBytes(response);
    int max = JSON.maxResponseBytes();
    if (json.length > max) {
      throw new IllegalArgumentException(
          "JSON size of response '"
              + response.id()
              + "' must be <= "
              + max
              + " bytes to be stored, but was "
              + json.length);
    }
    return json;
  }
}
