package io.feedbackloop.routing.internal.template;

/** The parts of a localized template; each escapes values its own way. */
public enum TemplatePart {
  /** The subject line: line breaks in values become spaces. */
  SUBJECT,
  /** The plain-text body: values are written as they are. */
  TEXT,
  /** The HTML body: values are HTML-escaped, URL attributes are checked. */
  HTML;

  /** The lower-case name used in error messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
