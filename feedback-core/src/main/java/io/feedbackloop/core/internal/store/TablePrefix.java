package io.feedbackloop.core.internal.store;

import io.feedbackloop.core.internal.Args;
import java.util.regex.Pattern;

/** Checks table-name prefixes: a lower-case letter, then up to 20 lower-case letters, digits, '_'. */
public final class TablePrefix {
  /** The prefix used unless configured otherwise. */
  public static final String DEFAULT = "fl_";

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  private TablePrefix() {}

  /** Checks {@code prefix}. */
  public static String check(String prefix) {
    Args.notNull("tablePrefix", prefix);
    Args.check(
        FORM.matcher(prefix).matches(),
        "tablePrefix",
        "a lower-case letter followed by up to 20 lower-case letters, digits or '_'",
        "'" + Args.printable(prefix) + "'");
    return prefix;
  }
}
