package io.feedbackloop.examples.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain {@link HttpClient} against a {@link SurveyServer}, and regexes over the HTML. */
final class SurveyHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final URI base;

  SurveyHttp(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  HttpResponse<String> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    return send(request(path).header("Accept-Language", acceptLanguage).GET().build());
  }

  /** POSTs {@code fields} (name, value, name, value...) form-encoded. */
  HttpResponse<String> post(String path, String... fields)
      throws IOException, InterruptedException {
    return postRaw(path, form(fields));
  }

  HttpResponse<String> postRaw(String path, String body)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
  }

  static String form(String... fields) {
    StringJoiner body = new StringJoiner("&");
    for (int i = 0; i < fields.length; i += 2) {
      body.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** The first group of every match of {@code regex} in {@code html}. */
  static List<String> all(String html, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The first group of the first match of {@code regex}, or fails. */
  static String one(String html, String regex) {
    List<String> found = all(html, regex);
    if (found.isEmpty()) {
      throw new AssertionError("no match for " + regex + " in:\n" + html);
    }
    return found.get(0);
  }

  /** The HTML of the fieldset of question {@code id}. */
  static String fieldset(String html, String id) {
    return one(html, "(<fieldset id=\"f-" + Pattern.quote(id) + "\".*?</fieldset>)");
  }
}
