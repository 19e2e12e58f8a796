/**
 * Text insight: which topics a free-text comment talks about, in which language, and with which
 * sentiment.
 *
 * <p>{@link io.feedbackloop.scoring.text.TextAnalyzer} is the entry point: it detects the language
 * (or takes it from the response locale), matches the {@link io.feedbackloop.scoring.text.Taxonomy}
 * (case- and diacritics-insensitive, with light stemming, compound words and simple negation) and
 * asks a {@link io.feedbackloop.scoring.text.SentimentAnalyzer} for the sentiment. The built-in
 * starter taxonomy and sentiment lexicon cover English, Swedish, Dutch, Polish and German; hosts
 * can load their own taxonomy from JSON and plug in their own sentiment model.
 *
 * <p>Values are immutable; the analyzer is thread-safe.
 */
@NullMarked
package io.feedbackloop.scoring.text;

import org.jspecify.annotations.NullMarked;
