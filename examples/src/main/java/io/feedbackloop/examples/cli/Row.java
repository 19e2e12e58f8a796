package io.feedbackloop.examples.cli;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a CSV or JSON Lines file.
 *
 * @param line the physical line where the record starts (the CSV header is line 1)
 * @param cells the values by column name; blank for an empty CSV cell or a JSON null, no entry
 *     for a column the row lacks
 */
record Row(long line, Map<String, String> cells) {

  /** The cell of {@code column}, or empty when the row has no such column. */
  Optional<String> cell(String column) {
    return Optional.ofNullable(cells.get(column));
  }
}
