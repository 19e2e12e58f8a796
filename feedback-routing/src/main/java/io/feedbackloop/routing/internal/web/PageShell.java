package io.feedbackloop.routing.internal.web;

import io.feedbackloop.routing.internal.template.Html;
import java.util.Locale;

/** Writes the frame of every survey page: doctype, language, viewport, the fixed style and script. */
public final class PageShell {
  private PageShell() {}

  /**
   * A complete HTML5 page.
   *
   * @param title the title, plain text (escaped here)
   * @param main the content of {@code <main>}, HTML already escaped by the caller
   * @param withScript whether the page needs the fixed script (only pages with a form do)
   */
  public static String page(Locale language, String title, CharSequence main, boolean withScript) {
    StringBuilder out = new StringBuilder(main.length() + PageAssets.STYLE.length() + 512);
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Html.escape(language.toLanguageTag(), out).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    Html.escape(title, out).append("</title>\n<style>").append(PageAssets.STYLE).append("</style>\n")
        .append("</head>\n<body>\n<main>\n").append(main).append("</main>\n");
    if (withScript) {
      out.append("<script>").append(PageAssets.SCRIPT).append("</script>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /** A page with a heading and paragraphs of plain text, such as the invalid-link page. */
  public static String message(Locale language, String title, String... paragraphs) {
    StringBuilder main = new StringBuilder(256).append("<h1>");
    Html.escape(title, main).append("</h1>\n");
    for (String p : paragraphs) {
      Html.escape(p, main.append("<p>")).append("</p>\n");
    }
    return page(language, title, main, false);
  }
}
