package io.feedbackloop.routing.internal.template;

import java.util.Locale;
import java.util.Set;

/**
 * A small HTML tokenizer (after the WHATWG states, without the parts that cannot matter here) that
 * follows the template's own literal text and tells, at each placeholder, where the value lands.
 * Values are then escaped for that place, or the template is refused when no escaping is enough
 * (a tag or attribute name, an unquoted attribute, script, an event handler). It need not handle
 * every oddity of real-world HTML: where it is unsure it refuses, and the template author, not the
 * value, chooses the HTML. Not thread-safe; one instance per compiled HTML part.
 */
final class HtmlContext {

  /** Where a placeholder sits, and whether a value may go there. */
  enum Place {
    TEXT(""),
    ATTRIBUTE(""),
    URL_START(""),
    URL_REST(""),
    TAG("in a tag name, attribute name or markup declaration"),
    UNQUOTED_ATTRIBUTE("in an unquoted attribute value"),
    SCRIPT("inside <script> or <style>"),
    ACTIVE_ATTRIBUTE("in an event-handler, style, srcdoc or SVG animation attribute"),
    AMBIGUOUS_URL(
        "in a URL attribute after text that may still become a scheme or hides a character"
            + " reference (start the value with the placeholder, or after a fixed http(s), mailto"
            + " or tel prefix, a path or a query)"),
    UNSAFE_SCHEME("in a URL attribute after a scheme other than http(s), mailto or tel");

    private final String refusal;

    Place(String refusal) {
      this.refusal = refusal;
    }

    boolean allowed() {
      return refusal.isEmpty();
    }

    String refusal() {
      return refusal;
    }
  }

  private enum State {
    DATA,
    TAG_OPEN,
    END_TAG_OPEN,
    TAG_NAME,
    BEFORE_ATTR_NAME,
    ATTR_NAME,
    AFTER_ATTR_NAME,
    BEFORE_ATTR_VALUE,
    ATTR_VALUE_DQ,
    ATTR_VALUE_SQ,
    ATTR_VALUE_UNQUOTED,
    MARKUP_DECL,
    MARKUP_DASH,
    COMMENT,
    BOGUS_COMMENT,
    RAW_TEXT,
    PLAINTEXT
  }

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href", "src", "action", "formaction", "data", "poster", "background", "cite",
          "xlink:href", "longdesc", "usemap", "codebase", "manifest", "icon", "lowsrc", "dynsrc",
          "ping", "archive", "classid", "profile");
  private static final Set<String> ACTIVE_ATTRIBUTES =
      Set.of("style", "srcdoc", "values", "to", "from", "by", "attributename");
  private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "style");
  private static final Set<String> RAW_TEXT_ELEMENTS =
      Set.of("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea",
          "title");
  private static final Set<String> SAFE_FIXED_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private State state = State.DATA;
  private final StringBuilder tagName = new StringBuilder();
  private boolean endTag;
  private final StringBuilder attrName = new StringBuilder();
  private final StringBuilder attrValue = new StringBuilder();
  private boolean attrValueHasPlaceholder;
  /** The element whose raw text we are in, e.g. {@code script}; empty outside raw text. */
  private String rawTextElement = "";
  private int rawTextMatch;
  private int commentDashes;
  private boolean commentBang;

  /** Advances over literal template text. */
  void feed(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      step(literal.charAt(i));
    }
  }

  /** Where a placeholder at the current position lands; remembers that a value was written. */
  Place placeholder() {
    Place place = place();
    if (state == State.ATTR_VALUE_DQ || state == State.ATTR_VALUE_SQ) {
      attrValueHasPlaceholder = true;
    }
    return place;
  }

  private Place place() {
    return switch (state) {
      case DATA, COMMENT, BOGUS_COMMENT, PLAINTEXT -> Place.TEXT;
      case RAW_TEXT -> SCRIPT_ELEMENTS.contains(rawTextElement) ? Place.SCRIPT : Place.TEXT;
      case ATTR_VALUE_DQ, ATTR_VALUE_SQ -> attributePlace();
      case BEFORE_ATTR_VALUE, ATTR_VALUE_UNQUOTED -> Place.UNQUOTED_ATTRIBUTE;
      default -> Place.TAG;
    };
  }

  private Place attributePlace() {
    String name = attrName.toString();
    if (name.startsWith("on") || ACTIVE_ATTRIBUTES.contains(name)) {
      return Place.ACTIVE_ATTRIBUTE;
    }
    if (!URL_ATTRIBUTES.contains(name)) {
      return Place.ATTRIBUTE;
    }
    if (attrValueHasPlaceholder) {
      // The first placeholder was checked as a URL start, or the literal before it fixed the scheme.
      return Place.URL_REST;
    }
    return urlPlace(attrValue);
  }

  /** Decides whether the literal start of a URL attribute still leaves its scheme open. */
  static Place urlPlace(CharSequence literalPrefix) {
    StringBuilder s = new StringBuilder(literalPrefix.length());
    for (int i = 0; i < literalPrefix.length(); i++) {
      char c = literalPrefix.charAt(i);
      // URL parsers drop tabs and newlines anywhere and leading spaces and controls.
      if (c == '\t' || c == '\n' || c == '\r' || (s.length() == 0 && c <= ' ')) {
        continue;
      }
      s.append(c);
    }
    if (s.length() == 0) {
      return Place.URL_START;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        String scheme = s.substring(0, i).toLowerCase(Locale.ROOT);
        return SAFE_FIXED_SCHEMES.contains(scheme) ? Place.URL_REST : Place.UNSAFE_SCHEME;
      }
      if (!isSchemeChar(c)) {
        // A character reference could spell anything, even a colon.
        return c == '&' ? Place.AMBIGUOUS_URL : Place.URL_REST;
      }
    }
    return Place.AMBIGUOUS_URL;
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '-'
        || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private void step(char c) {
    switch (state) {
      case DATA -> {
        if (c == '<') {
          state = State.TAG_OPEN;
        }
      }
      case TAG_OPEN -> tagOpen(c);
      case END_TAG_OPEN -> {
        if (isAsciiLetter(c)) {
          startTag(c, true);
        } else if (c == '>') {
          state = State.DATA;
        } else {
          state = State.BOGUS_COMMENT;
        }
      }
      case TAG_NAME -> {
        if (isSpace(c)) {
          state = State.BEFORE_ATTR_NAME;
        } else if (c == '/') {
          state = State.BEFORE_ATTR_NAME;
        } else if (c == '>') {
          endOfTag();
        } else {
          tagName.append(lower(c));
        }
      }
      case BEFORE_ATTR_NAME -> beforeAttrName(c);
      case ATTR_NAME -> {
        if (isSpace(c) || c == '/') {
          state = State.AFTER_ATTR_NAME;
        } else if (c == '=') {
          state = State.BEFORE_ATTR_VALUE;
        } else if (c == '>') {
          endOfTag();
        } else {
          attrName.append(lower(c));
        }
      }
      case AFTER_ATTR_NAME -> {
        if (c == '=') {
          state = State.BEFORE_ATTR_VALUE;
        } else if (c == '>') {
          endOfTag();
        } else if (!isSpace(c) && c != '/') {
          startAttr(c);
        }
      }
      case BEFORE_ATTR_VALUE -> {
        if (c == '"') {
          startValue(State.ATTR_VALUE_DQ);
        } else if (c == '\'') {
          startValue(State.ATTR_VALUE_SQ);
        } else if (c == '>') {
          endOfTag();
        } else if (!isSpace(c)) {
          state = State.ATTR_VALUE_UNQUOTED;
        }
      }
      case ATTR_VALUE_DQ -> quotedValue(c, '"');
      case ATTR_VALUE_SQ -> quotedValue(c, '\'');
      case ATTR_VALUE_UNQUOTED -> {
        if (isSpace(c)) {
          state = State.BEFORE_ATTR_NAME;
        } else if (c == '>') {
          endOfTag();
        }
      }
      case MARKUP_DECL -> state = c == '-' ? State.MARKUP_DASH : bogus(c);
      case MARKUP_DASH -> {
        if (c == '-') {
          // "<!-->" and "<!--->" already close the comment, as browsers do.
          state = State.COMMENT;
          commentDashes = 2;
          commentBang = false;
        } else {
          state = bogus(c);
        }
      }
      case COMMENT -> comment(c);
      case BOGUS_COMMENT -> {
        if (c == '>') {
          state = State.DATA;
        }
      }
      case RAW_TEXT -> rawText(c);
      case PLAINTEXT -> {
        // <plaintext> never ends.
      }
    }
  }

  private void tagOpen(char c) {
    if (isAsciiLetter(c)) {
      startTag(c, false);
    } else if (c == '/') {
      state = State.END_TAG_OPEN;
    } else if (c == '!') {
      state = State.MARKUP_DECL;
    } else if (c == '?') {
      state = State.BOGUS_COMMENT;
    } else {
      state = State.DATA;
      if (c == '<') {
        state = State.TAG_OPEN;
      }
    }
  }

  private State bogus(char c) {
    return c == '>' ? State.DATA : State.BOGUS_COMMENT;
  }

  private void startTag(char first, boolean end) {
    tagName.setLength(0);
    tagName.append(lower(first));
    endTag = end;
    state = State.TAG_NAME;
  }

  private void beforeAttrName(char c) {
    if (c == '>') {
      endOfTag();
    } else if (!isSpace(c) && c != '/') {
      startAttr(c);
    }
  }

  private void startAttr(char first) {
    attrName.setLength(0);
    attrName.append(lower(first));
    state = State.ATTR_NAME;
  }

  private void startValue(State quoted) {
    attrValue.setLength(0);
    attrValueHasPlaceholder = false;
    state = quoted;
  }

  private void quotedValue(char c, char quote) {
    if (c == quote) {
      state = State.BEFORE_ATTR_NAME;
    } else {
      attrValue.append(c);
    }
  }

  private void endOfTag() {
    String name = tagName.toString();
    if (!endTag && RAW_TEXT_ELEMENTS.contains(name)) {
      rawTextElement = name;
      rawTextMatch = 0;
      state = State.RAW_TEXT;
    } else if (!endTag && name.equals("plaintext")) {
      state = State.PLAINTEXT;
    } else {
      state = State.DATA;
    }
  }

  private void comment(char c) {
    if (c == '>' && commentDashes >= 2) {
      state = State.DATA;
    } else if (c == '-') {
      commentDashes++;
      commentBang = false;
    } else if (c == '!' && commentDashes >= 2 && !commentBang) {
      // "--!>" closes a comment too.
      commentBang = true;
    } else {
      commentDashes = 0;
      commentBang = false;
    }
  }

  /**
   * Looks for {@code </name} followed by a space, {@code /} or {@code >}; {@code rawTextMatch}
   * counts how much of {@code </name} has been seen.
   */
  private void rawText(char c) {
    int len = rawTextElement.length() + 2;
    if (rawTextMatch == len) {
      if (isSpace(c) || c == '/' || c == '>') {
        tagName.setLength(0);
        tagName.append(rawTextElement);
        endTag = true;
        rawTextElement = "";
        state = State.TAG_NAME;
        step(c);
        return;
      }
      rawTextMatch = 0;
    }
    char expected =
        rawTextMatch == 0 ? '<' : rawTextMatch == 1 ? '/' : rawTextElement.charAt(rawTextMatch - 2);
    if (lower(c) == expected) {
      rawTextMatch++;
    } else {
      rawTextMatch = c == '<' ? 1 : 0;
    }
  }
}
