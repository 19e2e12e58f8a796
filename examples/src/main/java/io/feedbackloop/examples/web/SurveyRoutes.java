package io.feedbackloop.examples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.feedbackloop.routing.web.SurveyPages;
import io.feedbackloop.routing.web.WebPage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps requests to the survey pages: {@code GET /s/<token>} renders, {@code POST /s/<token>}
 * submits, {@code GET /} shows the optional index page; anything else is 404, and another method
 * on a known address 405 with {@code Allow}.
 */
final class SurveyRoutes implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(SurveyServer.class.getName());
  private static final Pattern SURVEY_PATH = Pattern.compile("/s/([A-Za-z0-9_.-]{1,1024})/?");
  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private final SurveyPages pages;
  private final @Nullable Supplier<WebPage> index;
  private final int maxBodyBytes;

  SurveyRoutes(SurveyPages pages, @Nullable Supplier<WebPage> index, int maxBodyBytes) {
    this.pages = pages;
    this.index = index;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      WebPage page;
      try {
        page = route(exchange);
      } catch (RuntimeException e) {
        // the path holds the token, a secret: log the method and the failure only
        LOG.log(
            System.Logger.Level.ERROR,
            "survey page request failed: " + exchange.getRequestMethod(),
            e);
        page = PlainPages.failed();
      }
      send(exchange, page);
    }
  }

  private WebPage route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    String language = exchange.getRequestHeaders().getFirst("Accept-Language");
    if (path.equals("/")) {
      Supplier<WebPage> home = index;
      if (home == null) {
        return PlainPages.notFound();
      }
      return method.equals("GET") ? home.get() : PlainPages.methodNotAllowed("GET");
    }
    Matcher m = SURVEY_PATH.matcher(path);
    if (!m.matches()) {
      return PlainPages.notFound();
    }
    String token = m.group(1);
    return switch (method) {
      case "GET" -> pages.render(token, exchange.getRequestURI().getRawQuery(), language);
      case "POST" -> submit(exchange, token, language);
      default -> PlainPages.methodNotAllowed("GET, POST");
    };
  }

  private WebPage submit(HttpExchange exchange, String token, @Nullable String language)
      throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).trim().startsWith(FORM_TYPE)) {
      return PlainPages.unsupportedType();
    }
    Optional<String> body =
        RequestBody.read(
            exchange.getRequestBody(),
            exchange.getRequestHeaders().getFirst("Content-Length"),
            maxBodyBytes);
    if (body.isEmpty()) {
      return PlainPages.tooLarge(maxBodyBytes);
    }
    return pages.submit(token, body.get(), language);
  }

  private static void send(HttpExchange exchange, WebPage page) throws IOException {
    for (Map.Entry<String, String> h : page.headers().entrySet()) {
      exchange.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    byte[] body = page.bodyBytes();
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    // the JDK server reads 0 as "chunked, length unknown" and -1 as "no body"
    exchange.sendResponseHeaders(page.status(), head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
