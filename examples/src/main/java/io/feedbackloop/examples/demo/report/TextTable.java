package io.feedbackloop.examples.demo.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns as wide as their widest cell, two spaces apart, right-aligned
 * (numbers) unless marked {@link #left}.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final boolean[] left;

  TextTable(String... header) {
    columns = header.length;
    left = new boolean[columns];
    rows.add(header.clone());
  }

  /** Left-aligns the given columns (they hold text). */
  TextTable left(int... indexes) {
    for (int i : indexes) {
      left[i] = true;
    }
    return this;
  }

  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "cells must have " + columns + " entries, but had " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** Appends the table, one line per row, each indented by two spaces. */
  void appendTo(StringBuilder out) {
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[c] - r[c].length());
        line.append(left[c] ? r[c] + pad : pad + r[c]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
