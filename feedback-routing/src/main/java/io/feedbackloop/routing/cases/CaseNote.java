package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * A note on a case. The text is free text that may hold personal data: {@link #toString()} leaves
 * it out.
 *
 * @param version the case version that added the note
 * @param at when, to the microsecond
 * @param author who wrote it: an agent's id
 * @param text the note, 1 to {@value #MAX_LENGTH} characters, not blank
 */
public record CaseNote(long version, Instant at, String author, String text) {
  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 10_000;

  /**
   * Creates the note.
   *
   * @throws IllegalArgumentException if {@code version < 0}, the author is not an identifier, or
   *     the text is blank or too long
   * @throws NullPointerException if an argument is null
   */
  public CaseNote {
    Checks.check(version >= 0, "version", ">= 0", version);
    at = Micros.truncate(Checks.notNull("at", at));
    Checks.identifier("author", author);
    checkText("note", text);
  }

  /** Checks free text without echoing it: not blank, at most {@link #MAX_LENGTH} characters. */
  static String checkText(String name, String text) {
    Checks.notNull(name, text);
    Checks.check(!text.isBlank(), name, "not blank", "blank");
    Checks.check(text.length() <= MAX_LENGTH, name + " length", "<= " + MAX_LENGTH, text.length());
    return text;
  }

  @Override
  public String toString() {
    return "CaseNote[version=" + version + ", at=" + at + ", author=" + author + ", text=(" + text.length() + " chars)]";
  }
}
