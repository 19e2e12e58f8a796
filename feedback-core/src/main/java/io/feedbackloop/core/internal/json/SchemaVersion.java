package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;

/** The {@code schemaVersion} property: this SDK reads and writes version 1. */
final class SchemaVersion {
  static final int CURRENT = 1;

  private SchemaVersion() {}

  static void read(JsonCursor c) throws IOException {
    int version = c.integer();
    if (version != CURRENT) {
      throw c.problem(
          ProblemCode.JSON_UNSUPPORTED_VERSION,
          "schemaVersion must be " + CURRENT + " (the only version this SDK reads), but was "
              + version);
    }
  }
}
