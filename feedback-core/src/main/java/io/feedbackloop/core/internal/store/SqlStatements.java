package io.feedbackloop.core.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at semicolons outside quotes and comments. Enough for
 * migration scripts; dollar-quoted bodies are not supported.
 */
public final class SqlStatements {
  private SqlStatements() {}

  /** The statements of {@code script}, trimmed, without empty ones and comment-only ones. */
  public static List<String> split(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean code = false;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        end = end < 0 ? n : end;
        current.append(script, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(script, i, end);
        i = end;
      } else if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < n) {
          if (script.charAt(end) == c) {
            if (end + 1 < n && script.charAt(end + 1) == c) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        end = Math.min(end + 1, n);
        current.append(script, i, end);
        code = true;
        i = end;
      } else if (c == ';') {
        flush(out, current, code);
        current.setLength(0);
        code = false;
        i++;
      } else {
        current.append(c);
        code |= !Character.isWhitespace(c);
        i++;
      }
    }
    flush(out, current, code);
    return out;
  }

  private static void flush(List<String> out, StringBuilder current, boolean code) {
    if (code) {
      out.add(current.toString().trim());
    }
  }
}
