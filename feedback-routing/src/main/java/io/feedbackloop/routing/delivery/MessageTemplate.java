package io.feedbackloop.routing.delivery;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.template.LocalizedTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A message text in several languages with {@code {{name}}} placeholders, rendered into a {@link
 * Message.Builder}:
 *
 * <pre>{@code
 * MessageTemplate t = MessageTemplate.builder("invitation")
 *     .subject(Locale.ENGLISH, "How did we do, {{name}}?")
 *     .text(Locale.ENGLISH, "Hi {{name}}, tell us: {{link}}")
 *     .html(Locale.ENGLISH, "<p>Hi {{name}}, <a href=\"{{link}}\">tell us</a></p>")
 *     .subject(new Locale("sv"), "Hur gick det, {{name}}?")
 *     .text(new Locale("sv"), "Hej {{name}}, berätta: {{link}}")
 *     .build();
 * Message message = t.render(Locale.forLanguageTag("sv-SE"), Map.of("name", "Åsa", "link", url))
 *     .tenant(tenant).recipient(recipient).idempotencyKey(key)
 *     .build();
 * }</pre>
 *
 * <p><b>Placeholders</b> are {@code {{name}}} with an identifier name (1-64 letters, digits, '.',
 * '_' or '-', starting with a letter or digit) and nothing else: no spaces, no expressions, no
 * unescaped form. <code>&#123;&#123;</code> always opens a placeholder. Each part is parsed once, by {@link
 * Builder#build()}.
 *
 * <p><b>Escaping.</b> Only the values are escaped; the template's own text is written as it is (it
 * is the tenant's own HTML, and is trusted as such).
 *
 * <ul>
 *   <li>Subject: each line break in a value (CR, LF, NEL, U+2028, U+2029) becomes a space, so a
 *       value cannot add a mail header.
 *   <li>Plain text: values are written as they are.
 *   <li>HTML: every value is HTML-escaped ({@code & < > " '}), in text and in attributes alike. A
 *       value that starts the value of a URL attribute ({@code href}, {@code src}, {@code action},
 *       {@code formaction}, {@code poster}, {@code cite}, {@code background}, {@code xlink:href}
 *       and a few more) must be an {@code http://}, {@code https://} or {@code mailto:} URL, or it
 *       is replaced by {@code #}: a {@code javascript:} link cannot come from a value. Where no
 *       escaping can make a value safe, {@link Builder#build()} refuses the template: a placeholder
 *       in a tag or attribute name, in an unquoted attribute value, inside {@code <script>} or
 *       {@code <style>}, in an event-handler ({@code on...}), {@code style}, {@code srcdoc} or SVG
 *       animation attribute, or in a URL attribute after literal text that could still become a
 *       scheme (such as {@code href="java{{x}}"}).
 * </ul>
 *
 * <p><b>Locales.</b> {@link #render} picks the part set for the exact language tag ({@code sv-SE}),
 * else for the language alone ({@code sv}), else the fallback locale; the message's locale is the
 * one picked. Every locale has a plain-text part; the subject defaults to empty and the HTML part
 * is optional.
 *
 * <p>Immutable and thread-safe; rendering walks precompiled segments with one buffer.
 */
public final class MessageTemplate {
  private final String id;
  private final Map<String, LocalizedTemplate> byTag;
  private final LocalizedTemplate fallback;

  private MessageTemplate(String id, Map<String, LocalizedTemplate> byTag, Locale fallback) {
    this.id = id;
    this.byTag = byTag;
    this.fallback = Checks.notNull("fallback", byTag.get(fallback.toLanguageTag()));
  }

  /**
   * Starts a template.
   *
   * @param id the template's identifier (1-64 letters, digits, '.', '_' or '-'), used in messages
   * @throws IllegalArgumentException if {@code id} is not an identifier
   */
  public static Builder builder(String id) {
    return new Builder(Checks.identifier("template id", id));
  }

  /** The template's identifier. */
  public String id() {
    return id;
  }

  /** The locales this template has, in the order they were first added. */
  public Set<Locale> locales() {
    Set<Locale> locales = new LinkedHashSet<>();
    for (LocalizedTemplate t : byTag.values()) {
      locales.add(t.locale());
    }
    return Collections.unmodifiableSet(locales);
  }

  /** The locale used when neither the requested tag nor its language is present. */
  public Locale fallbackLocale() {
    return fallback.locale();
  }

  /**
   * The locale {@link #render} would use for {@code requested}: the exact tag, else its language
   * alone, else the fallback locale.
   */
  public Locale resolve(Locale requested) {
    return pick(Checks.notNull("locale", requested)).locale();
  }

  /**
   * Renders the template for {@code locale}.
   *
   * @param locale the recipient's preferred locale; resolved as described at {@link #resolve}
   * @param values a value for every placeholder of the picked locale's parts ({@code toString()}
   *     is used; a null value counts as missing); extra values are ignored
   * @return a builder with subject, text, HTML (if the locale has one) and locale set; the caller
   *     adds the tenant, recipient, idempotency key and any headers
   * @throws IllegalArgumentException listing every placeholder without a value
   */
  public Message.Builder render(Locale locale, Map<String, ?> values) {
    Checks.notNull("values", values);
    LocalizedTemplate t = pick(Checks.notNull("locale", locale));
    List<String> missing = t.missing(values);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "values must include every placeholder of template '"
              + id
              + "' (locale "
              + t.locale().toLanguageTag()
              + "), but were missing: "
              + String.join(", ", missing));
    }
    LocalizedTemplate.Rendered r = t.render(values);
    Message.Builder b = Message.builder().subject(r.subject()).text(r.text()).locale(t.locale());
    String html = r.html();
    if (html != null) {
      b.html(html);
    }
    return b;
  }

  private LocalizedTemplate pick(Locale requested) {
    LocalizedTemplate exact = byTag.get(requested.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    LocalizedTemplate language = byTag.get(new Locale(requested.getLanguage()).toLanguageTag());
    return language != null ? language : fallback;
  }

  @Override
  public String toString() {
    return "MessageTemplate[" + id + ", locales=" + byTag.keySet() + "]";
  }

  /** Builds a {@link MessageTemplate}. Setting a part twice keeps the last. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Map<String, Parts> parts = new LinkedHashMap<>();
    private @Nullable Locale fallbackLocale;

    private Builder(String id) {
      this.id = id;
    }

    /** The subject for {@code locale} (default: empty). */
    public Builder subject(Locale locale, String subject) {
      parts(locale).subject = Checks.notNull("subject", subject);
      return this;
    }

    /** The plain-text body for {@code locale}; required for every locale the template has. */
    public Builder text(Locale locale, String text) {
      parts(locale).text = Checks.notNull("text", text);
      return this;
    }

    /** The HTML body for {@code locale} (optional); see the class comment for its escaping. */
    public Builder html(Locale locale, String html) {
      parts(locale).html = Checks.notNull("html", html);
      return this;
    }

    /**
     * The locale used when the requested one is not present; it must be one of the template's
     * locales. Default: the first locale added.
     */
    public Builder fallbackLocale(Locale locale) {
      this.fallbackLocale = checkLocale(locale);
      return this;
    }

    /**
     * Parses every part and builds the template.
     *
     * @throws IllegalArgumentException if there is no locale, a locale has no plain-text part, the
     *     fallback locale is not one of the template's, or a part has a syntax error or an unsafe
     *     placeholder (the message names the template, locale, part and character position)
     */
    public MessageTemplate build() {
      if (parts.isEmpty()) {
        throw new IllegalArgumentException(
            "template '" + id + "' must have at least one locale with a text, but had none");
      }
      Map<String, LocalizedTemplate> compiled = new LinkedHashMap<>();
      for (Map.Entry<String, Parts> e : parts.entrySet()) {
        Parts p = e.getValue();
        String where = "template '" + id + "' (locale " + e.getKey();
        String text = p.text;
        if (text == null) {
          throw new IllegalArgumentException(
              where + ") must have a plain-text part, but has only " + p.present());
        }
        compiled.put(
            e.getKey(), LocalizedTemplate.compile(p.locale, p.subject, text, p.html, where));
      }
      Locale fallback = fallbackLocale != null ? fallbackLocale : parts.values().iterator().next().locale;
      if (!compiled.containsKey(fallback.toLanguageTag())) {
        throw new IllegalArgumentException(
            "fallbackLocale of template '"
                + id
                + "' must be one of "
                + compiled.keySet()
                + ", but was "
                + fallback.toLanguageTag());
      }
      return new MessageTemplate(id, Collections.unmodifiableMap(compiled), fallback);
    }

    private Parts parts(Locale locale) {
      Locale l = checkLocale(locale);
      return parts.computeIfAbsent(l.toLanguageTag(), tag -> new Parts(l));
    }

    private static Locale checkLocale(Locale locale) {
      Checks.notNull("locale", locale);
      Checks.check(!locale.getLanguage().isEmpty(), "locale", "a locale with a language",
          locale.toLanguageTag());
      return locale;
    }
  }

  private static final class Parts {
    final Locale locale;
    String subject = "";
    @Nullable String text;
    @Nullable String html;

    Parts(Locale locale) {
      this.locale = locale;
    }

    String present() {
      List<String> names = new ArrayList<>(2);
      if (!subject.isEmpty()) {
        names.add("subject");
      }
      if (html != null) {
        names.add("html");
      }
      return String.join(", ", names);
    }
  }
}
