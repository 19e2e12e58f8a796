package io.feedbackloop.routing.internal.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The compiled parts of a template for one locale. Immutable and thread-safe.
 *
 * @param locale the locale these parts are written in
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, if any
 */
public record LocalizedTemplate(
    Locale locale, CompiledText subject, CompiledText text, Optional<CompiledText> html) {

  /** The rendered parts. */
  public record Rendered(String subject, String text, @Nullable String html) {}

  /**
   * Compiles the parts of one locale.
   *
   * @param where how error messages name the template and locale, e.g. {@code template
   *     'invitation' (locale sv}; the part name and a closing parenthesis are appended
   */
  public static LocalizedTemplate compile(
      Locale locale, String subject, String text, @Nullable String html, String where) {
    return new LocalizedTemplate(
        locale,
        CompiledText.compile(subject, TemplatePart.SUBJECT, where + ", subject)"),
        CompiledText.compile(text, TemplatePart.TEXT, where + ", text)"),
        html == null
            ? Optional.empty()
            : Optional.of(CompiledText.compile(html, TemplatePart.HTML, where + ", html)")));
  }

  /** Every placeholder name without a value, in order of first appearance (subject, text, html). */
  public List<String> missing(Map<String, ?> values) {
    List<String> missing = new ArrayList<>(0);
    subject.collectMissing(values, missing);
    text.collectMissing(values, missing);
    html.ifPresent(h -> h.collectMissing(values, missing));
    return missing;
  }

  /** Renders every part with one buffer; values must be complete (see {@link #missing}). */
  public Rendered render(Map<String, ?> values) {
    StringBuilder out = new StringBuilder(256);
    String s = subject.render(values, out);
    String t = text.render(values, out);
    String h = html.isPresent() ? html.get().render(values, out) : null;
    return new Rendered(s, t, h);
  }
}
