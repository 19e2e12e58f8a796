package io.feedbackloop.examples.web;

import io.feedbackloop.examples.markup.Xml;
import io.feedbackloop.routing.web.SurveyPages;
import io.feedbackloop.routing.web.WebPage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's own short answers (not found, method not allowed, too large, failure): a minimal
 * HTML page with the same security headers as the survey pages.
 */
final class PlainPages {
  private PlainPages() {}

  static WebPage notFound() {
    return page(404, "Page not found", "There is no page at this address.");
  }

  // The next three answer without reading the request body. The JDK server drains at most 64 KiB
  // of it and otherwise drops the connection, which a client would find broken when it reuses it:
  // "Connection: close" tells the client not to.

  static WebPage methodNotAllowed(String allow) {
    return page(
        405,
        "Method not allowed",
        "This address answers " + allow + " only.",
        Map.of("Allow", allow, "Connection", "close"));
  }

  static WebPage tooLarge(int max) {
    return page(
        413,
        "Answer too long",
        "The form sent more than " + max + " bytes.",
        Map.of("Connection", "close"));
  }

  static WebPage unsupportedType() {
    return page(
        415,
        "Unsupported form encoding",
        "The form must be sent as application/x-www-form-urlencoded.",
        Map.of("Connection", "close"));
  }

  static WebPage failed() {
    return page(500, "Something went wrong", "Your answer was not saved. Please try again later.");
  }

  /** The security headers every page of this server carries. */
  static Map<String, String> securityHeaders(String contentSecurityPolicy) {
    return Map.of(
        "Content-Type", "text/html; charset=utf-8",
        "Content-Security-Policy", contentSecurityPolicy,
        "X-Content-Type-Options", "nosniff",
        "X-Frame-Options", "DENY",
        "Referrer-Policy", "no-referrer",
        "Cache-Control", "no-store");
  }

  private static WebPage page(int status, String title, String text) {
    return page(status, title, text, Map.of());
  }

  private static WebPage page(int status, String title, String text, Map<String, String> extra) {
    String body =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + Xml.escape(title) + "</title></head>\n<body><main><h1>"
            + Xml.escape(title) + "</h1><p>" + Xml.escape(text) + "</p></main></body></html>\n";
    Map<String, String> headers = new LinkedHashMap<>(
        securityHeaders(SurveyPages.CONTENT_SECURITY_POLICY));
    headers.putAll(extra);
    return new WebPage(status, headers, body);
  }
}
