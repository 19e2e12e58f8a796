package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a plan reads free text: {@link TextAnalyzer#analyze(String, Locale)} in production, a
 * counting or recording function in tests.
 */
@FunctionalInterface
public interface TextAnalysis {

  /** The insight of {@code text} (never blank), with the response locale as the hint. */
  TextInsight analyze(String text, @Nullable Locale locale);
}
