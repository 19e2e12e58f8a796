package io.feedbackloop.scoring.internal;

/** Lets tests in other packages parse JSON with the module's own reader, which is package-private. */
public final class MiniJsonTestAccess {
  private MiniJsonTestAccess() {}

  /** Parses one JSON document: maps, lists, strings and numbers, as {@code MiniJson} reads them. */
  public static Object parse(String json) {
    return MiniJson.parse(json);
  }
}
