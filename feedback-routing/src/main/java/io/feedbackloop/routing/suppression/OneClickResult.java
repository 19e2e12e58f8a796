package io.feedbackloop.routing.suppression;

/**
 * The outcome of an RFC 8058 one-click unsubscribe request, with the HTTP status to answer it
 * with.
 */
public enum OneClickResult {
  /** The respondent is now unsubscribed from all channels. */
  UNSUBSCRIBED(200),
  /** The respondent was already unsubscribed from all channels; nothing changed. */
  ALREADY_UNSUBSCRIBED(200),
  /** Not a POST (a GET may be a mail scanner): nothing was done. */
  METHOD_NOT_ALLOWED(405),
  /** A POST without the body {@code List-Unsubscribe=One-Click}: nothing was done. */
  NOT_ONE_CLICK(400),
  /** The token is unknown, malformed or not authentic: nothing was done. */
  INVALID_LINK(404);

  private final int httpStatus;

  OneClickResult(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status code to answer the request with. */
  public int httpStatus() {
    return httpStatus;
  }
}
