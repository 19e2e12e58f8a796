package io.feedbackloop.routing.internal.template;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One part of a localized template, parsed once: literal segments with placeholders between them,
 * each placeholder with the escaping its position needs. Immutable and thread-safe.
 */
public final class CompiledText {
  private final String[] literals;
  private final String[] names;
  private final Escaping[] escapings;
  private final int literalLength;

  private CompiledText(List<String> literals, List<String> names, List<Escaping> escapings) {
    this.literals = literals.toArray(new String[0]);
    this.names = names.toArray(new String[0]);
    this.escapings = escapings.toArray(new Escaping[0]);
    int length = 0;
    for (String literal : this.literals) {
      length += literal.length();
    }
    this.literalLength = length;
  }

  /**
   * Parses {@code source}.
   *
   * @param where how error messages name this part, e.g. {@code template 'invitation' (locale sv,
   *     html)}
   * @throws IllegalArgumentException for an unclosed <code>&#123;&#123;</code>, a bad placeholder name, or (in
   *     HTML) a placeholder where no escaping makes a value safe
   */
  public static CompiledText compile(String source, TemplatePart part, String where) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Escaping> escapings = new ArrayList<>();
    @Nullable HtmlContext html = part == TemplatePart.HTML ? new HtmlContext() : null;
    int pos = 0;
    while (true) {
      int open = source.indexOf("{{", pos);
      if (open < 0) {
        break;
      }
      int close = source.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(
            where + ": '{{' at character " + open + " must be closed by '}}', but was not");
      }
      String name = source.substring(open + 2, close);
      if (!Checks.isIdentifier(name)) {
        throw new IllegalArgumentException(
            where
                + ": placeholder at character "
                + open
                + " must be {{name}} with a name of 1-64 letters, digits, '.', '_' or '-' starting"
                + " with a letter or digit, but was '"
                + Checks.printable("{{" + name + "}}")
                + "'");
      }
      String literal = source.substring(pos, open);
      literals.add(literal);
      names.add(name);
      escapings.add(escaping(part, html, literal, where, name, open));
      pos = close + 2;
    }
    literals.add(source.substring(pos));
    return new CompiledText(literals, names, escapings);
  }

  private static Escaping escaping(
      TemplatePart part, @Nullable HtmlContext html, String literal, String where, String name, int at) {
    if (part == TemplatePart.SUBJECT) {
      return Escaping.SINGLE_LINE;
    }
    if (html == null) {
      return Escaping.NONE;
    }
    html.feed(literal);
    HtmlContext.Place place = html.placeholder();
    if (!place.allowed()) {
      throw new IllegalArgumentException(
          where
              + ": placeholder {{"
              + name
              + "}} at character "
              + at
              + " must be in element text, a comment or a quoted attribute value, but was "
              + place.refusal());
    }
    return place == HtmlContext.Place.URL_START ? Escaping.HTML_URL : Escaping.HTML;
  }

  /** The placeholder names, in order of appearance, with repeats. */
  public List<String> names() {
    return List.of(names);
  }

  /** Adds to {@code missing} each placeholder name without a non-null value. */
  public void collectMissing(Map<String, ?> values, Collection<String> missing) {
    for (String name : names) {
      if (values.get(name) == null && !missing.contains(name)) {
        missing.add(name);
      }
    }
  }

  /**
   * Renders into {@code out} (cleared first) and returns the text.
   *
   * @throws IllegalArgumentException if a value is missing (callers check first, for one message
   *     listing every missing name)
   */
  public String render(Map<String, ?> values, StringBuilder out) {
    out.setLength(0);
    out.ensureCapacity(literalLength + 32 * names.length);
    for (int i = 0; i < names.length; i++) {
      out.append(literals[i]);
      Object value = values.get(names[i]);
      if (value == null) {
        throw new IllegalArgumentException("value " + names[i] + " must be given, but was missing");
      }
      escapings[i].append(value.toString(), out);
    }
    out.append(literals[names.length]);
    return out.toString();
  }
}
