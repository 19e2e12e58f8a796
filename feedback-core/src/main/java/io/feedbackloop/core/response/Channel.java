package io.feedbackloop.core.response;

import java.util.Optional;

/** How a response reached us. Stable JSON names are lower case. */
public enum Channel {
  /** A link in an e-mail. */
  EMAIL("email"),
  /** A link in a text message. */
  SMS("sms"),
  /** A web page or widget. */
  WEB("web"),
  /** Inside the host's mobile or desktop app. */
  IN_APP("in_app"),
  /** A shared link. */
  LINK("link"),
  /** A QR code (receipt, store, parcel). */
  QR("qr"),
  /** Submitted by the host through the API. */
  API("api"),
  /** Collected by phone. */
  PHONE("phone"),
  /** Anything else. */
  OTHER("other");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  /** The stable JSON name. */
  public String wireName() {
    return wireName;
  }

  /** The channel with this JSON name, if there is one. */
  public static Optional<Channel> fromWireName(String name) {
    for (Channel c : values()) {
      if (c.wireName.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
