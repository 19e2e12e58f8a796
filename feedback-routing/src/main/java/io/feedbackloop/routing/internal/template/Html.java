package io.feedbackloop.routing.internal.template;

/**
 * The HTML escaping of the templates, for other HTML writers of the module (the survey pages), so
 * that there is one escaping rule. Thread-safe.
 */
public final class Html {
  private Html() {}

  /**
   * Appends {@code value} escaped for HTML text or a quoted attribute value: {@code & < > " '}
   * become character references.
   */
  public static StringBuilder escape(String value, StringBuilder out) {
    Escaping.escapeHtml(value, out);
    return out;
  }

  /** {@code value} escaped as {@link #escape(String, StringBuilder)} does. */
  public static String escape(String value) {
    return escape(value, new StringBuilder(value.length() + 16)).toString();
  }
}
