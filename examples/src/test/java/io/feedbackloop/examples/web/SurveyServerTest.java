package io.feedbackloop.examples.web;

import static io.feedbackloop.examples.web.SurveyHttp.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.link.IssuedLink;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP side of {@link SurveyServer}: routing, methods, body limits and the index page. */
class SurveyServerTest {
  private static SurveyServer server;
  private static SurveyDemo demo;
  private static SurveyHttp http;

  @BeforeAll
  static void serve() throws Exception {
    server = SurveyServer.bind(0);
    demo = SurveyDemo.create(server.baseUri(), MutableClock.at("2026-03-02T09:00:00Z"));
    server.start(demo.pages(), demo::indexPage);
    http = new SurveyHttp(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bindsToLoopbackOnAFreePort() {
    assertThat(server.port()).isPositive();
    assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void otherPathsAreNotFound() throws Exception {
    for (String path : new String[] {"/nowhere", "/s/", "/s/a/b", "/s/bad%20token", "/favicon.ico"}) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).contains("<h1>Page not found</h1>");
    }
  }

  @Test
  void otherMethodsAreNotAllowedWithAllow() throws Exception {
    HttpResponse<String> head =
        http.send(http.request("/s/abc").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.headers().firstValue("Allow")).hasValue("GET, POST");
    HttpResponse<String> put =
        http.send(http.request("/s/abc").PUT(HttpRequest.BodyPublishers.ofString("x")).build());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");
    assertThat(put.body()).contains("This address answers GET, POST only.");
    HttpResponse<String> postHome = http.post("/", "a", "b");
    assertThat(postHome.statusCode()).isEqualTo(405);
    assertThat(postHome.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    String huge = "q.nps=9&q.comment=" + "x".repeat(SurveyServer.MAX_BODY_BYTES);
    HttpResponse<String> r = http.postRaw(link.url().getRawPath(), huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("more than 65536 bytes");
    // the unread body stays on the connection: the client must not reuse it
    assertThat(r.headers().firstValue("Connection")).hasValue("close");
    // the link was not used: a normal answer still goes through
    assertThat(http.post(link.url().getRawPath(), "q.nps", "9").statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    String prefix = "q.nps=9&pad=";
    String body = prefix + "x".repeat(SurveyServer.MAX_BODY_BYTES - prefix.length());
    HttpResponse<String> r = http.postRaw(link.url().getRawPath(), body);
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void aNonFormBodyIsRefusedWith415() throws Exception {
    HttpResponse<String> r =
        http.send(http.request("/s/abc")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"nps\":9}"))
            .build());
    assertThat(r.statusCode()).isEqualTo(415);
  }

  @Test
  void theIndexPageLinksToFreshSurveysAndShowsWhatTheLoopDid() throws Exception {
    HttpResponse<String> before = http.get("/");
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.headers().firstValue("Content-Security-Policy"))
        .hasValue(IndexPage.CONTENT_SECURITY_POLICY);
    String html = before.body();
    for (DemoRespondent r : DemoRespondent.ALL) {
      assertThat(html).contains("<td>" + r.name() + "</td>", r.zone().getId());
    }
    String en = SurveyHttp.one(html, "<a id=\"link-en\" href=\"([^\"]+)\"");
    assertThat(en).startsWith(server.baseUri() + "/s/");
    assertThat(all(html, "href=\"[^\"]+\\?score=(\\d+)\"")).hasSize(2 * DemoRespondent.ALL.size());
    // a fresh page, fresh links
    assertThat(http.get("/").body()).doesNotContain(en);

    String path = java.net.URI.create(en).getRawPath();
    assertThat(http.post(path, "q.nps", "2", "q.comment", "<b>late</b>").statusCode()).isEqualTo(200);
    String after = http.get("/").body();
    assertThat(after).contains("<table id=\"cases\">").contains("<td>support</td>");
    assertThat(SurveyHttp.one(after, "Cases opened: (\\d+)")).isNotEqualTo("0");
    assertThat(after).doesNotContain("<b>late</b>");
  }

  @Test
  void startTwiceAndBadPortsAreRefused() throws Exception {
    assertThatThrownBy(() -> server.start(demo.pages()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the server was already started");
    assertThatThrownBy(() -> SurveyServer.bind(70_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be in 0..65535, but was 70000");
    SurveyServer closed = SurveyServer.bind(0);
    closed.close();
    closed.close();
    assertThatThrownBy(() -> closed.start(demo.pages()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the server was already closed");
  }
}
