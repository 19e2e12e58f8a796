package io.feedbackloop.examples.flink;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One response as {@link ScoreJob} reads it: when it was submitted, its segment, and its answers
 * on the standard scales (NPS 0-10, CSAT 1-5, CES 1-7), each optional. Flink handles records as
 * POJOs, so this needs no custom serializer.
 *
 * <p>The CSV line form is {@code submittedAt,segment,nps,csat,ces}, for example {@code
 * 2026-03-02T09:15:00Z,north,9,4,}: an ISO-8601 instant, a segment without commas or quotes, and
 * an empty cell for a missing answer.
 *
 * @param submittedAt when the response was submitted (event time)
 * @param segment the segment, not blank, without commas, quotes or line breaks
 * @param nps the 0-10 likelihood to recommend, or null
 * @param csat the 1-5 satisfaction, or null
 * @param ces the 1-7 ease, or null
 */
public record SurveyResponse(
    Instant submittedAt,
    String segment,
    @Nullable Integer nps,
    @Nullable Integer csat,
    @Nullable Integer ces) {

  /** The header line of the CSV form. */
  public static final String HEADER = "submittedAt,segment,nps,csat,ces";

  /**
   * Creates a response.
   *
   * @throws IllegalArgumentException if the segment is blank or has a comma, quote or line break,
   *     or an answer is off its scale
   * @throws NullPointerException if {@code submittedAt} or {@code segment} is null
   */
  public SurveyResponse {
    Objects.requireNonNull(submittedAt, "submittedAt must not be null");
    Objects.requireNonNull(segment, "segment must not be null");
    if (segment.isBlank() || segment.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n'
        || c == '\r')) {
      throw new IllegalArgumentException(
          "segment must be non-blank without commas, quotes or line breaks, but was '"
              + segment + "'");
    }
    checkRange("nps", nps, 0, 10);
    checkRange("csat", csat, 1, 5);
    checkRange("ces", ces, 1, 7);
  }

  private static void checkRange(String name, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", but was " + value);
    }
  }

  /**
   * Parses the CSV line form.
   *
   * @throws IllegalArgumentException if the line does not have five cells, the instant or an
   *     answer does not parse, or the values are invalid; the message quotes the line
   */
  public static SurveyResponse parse(String line) {
    String[] cells = Objects.requireNonNull(line, "line must not be null").split(",", -1);
    if (cells.length != 5) {
      throw new IllegalArgumentException(
          "line must have 5 cells (" + HEADER + "), but had " + cells.length + ": '" + line + "'");
    }
    try {
      return new SurveyResponse(Instant.parse(cells[0].trim()), cells[1].trim(),
          answer(cells[2]), answer(cells[3]), answer(cells[4]));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "line must be a valid response, but " + e.getMessage() + ": '" + line + "'", e);
    }
  }

  private static @Nullable Integer answer(String cell) {
    String trimmed = cell.trim();
    return trimmed.isEmpty() ? null : Integer.valueOf(trimmed);
  }

  /** The CSV line form, which {@link #parse} reads back. */
  public String toCsvLine() {
    return submittedAt + "," + segment + "," + cell(nps) + "," + cell(csat) + "," + cell(ces);
  }

  private static String cell(@Nullable Integer value) {
    return value == null ? "" : value.toString();
  }
}
