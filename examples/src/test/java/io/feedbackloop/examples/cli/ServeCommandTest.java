package io.feedbackloop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.examples.Main;
import io.feedbackloop.examples.web.DemoRespondent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs {@code serve --port 0} in process, answers a printed link over HTTP and stops it. */
class ServeCommandTest {
  private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/s/[A-Za-z0-9_-]+)");

  record Run(int exit, String out, String err) {}

  private static Run runMain(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, print(out), print(err));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  @Test
  void servesTheDemoOnAFreePortUntilStopped() throws Exception {
    CompletableFuture<ServeCommand.Running> started = new CompletableFuture<>();
    CompletableFuture<Void> stop = new CompletableFuture<>();
    ServeCommand command =
        new ServeCommand(running -> {
          started.complete(running);
          stop.join();
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> {
          try {
            return command.run(List.of("--port", "0"), print(out), print(err));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    // a command that fails before serving ends the wait at once, with its exit code or error
    CompletableFuture.anyOf(started, exit).get(60, TimeUnit.SECONDS);
    assertThat(started).as("started; stderr: %s", err).isDone();
    ServeCommand.Running running = started.get();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("Survey pages of the demo shop at " + running.home() + "/");
    Matcher m = LINK.matcher(printed);
    List<String> links = new ArrayList<>();
    while (m.find()) {
      links.add(m.group(1));
    }
    assertThat(links).hasSize(DemoRespondent.ALL.size());
    assertThat(printed).contains("pl  Piotr  Europe/Warsaw");

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    // localhost may resolve to ::1 first elsewhere; the server listens on 127.0.0.1
    URI link = URI.create(links.get(0).replace("//localhost:", "//127.0.0.1:"));
    HttpResponse<String> page =
        client.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("name=\"q.nps\"");
    HttpResponse<String> thanks =
        client.send(
            HttpRequest.newBuilder(link)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q.nps=10&lang=en"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body()).contains("Write a review");
    HttpResponse<String> home =
        client.send(
            HttpRequest.newBuilder(link.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(home.body()).contains("Responses stored: 1.");

    stop.complete(null);
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    // the port is free again
    try (ServerSocket again = new ServerSocket(link.getPort(), 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(link.getPort());
    }
  }

  @Test
  void badOptionsExitWithUsage() {
    Run unknown = runMain("serve", "--bogus");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("error: serve: unknown option --bogus")
        .contains("usage: serve [--port N]");
    Run word = runMain("serve", "--port", "eighty");
    assertThat(word.exit()).isEqualTo(2);
    assertThat(word.err()).contains("error: serve: --port must be a whole number, but was 'eighty'");
    Run range = runMain("serve", "--port", "65536");
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).contains("error: serve: --port must be in 0..65535, but was 65536");
    Run missing = runMain("serve", "--port");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("error: serve: --port needs a value");
    Run extra = runMain("serve", "now");
    assertThat(extra.exit()).isEqualTo(2);
    assertThat(extra.err()).contains("error: serve: unexpected argument 'now'");
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run r = runMain("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err())
          .startsWith("error: serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .contains("choose another --port");
    }
  }

  @Test
  void theUsageListsServe() {
    Run r = runMain();
    assertThat(r.err()).containsPattern("serve\\s+serve the survey pages of a demo loop");
  }
}
