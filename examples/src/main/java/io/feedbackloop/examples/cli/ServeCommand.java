package io.feedbackloop.examples.cli;

import io.feedbackloop.examples.web.DemoRespondent;
import io.feedbackloop.examples.web.SurveyDemo;
import io.feedbackloop.examples.web.SurveyServer;
import io.feedbackloop.routing.link.IssuedLink;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve [--port N]}: serves the survey pages of a demo loop ({@link SurveyDemo}) on
 * {@code 127.0.0.1}, prints a fresh survey link per demo customer and an index page that shows
 * what the loop did, and runs the loop's due work every {@value #DUE_WORK_SECONDS} seconds, until
 * Ctrl-C.
 */
public final class ServeCommand implements Command {
  /** How often the command's scheduler calls {@code runDueWork()}, in seconds. */
  static final int DUE_WORK_SECONDS = 2;

  /** What runs while the server serves; returns when it should stop. */
  @FunctionalInterface
  interface Lifetime {
    void serve(Running running) throws InterruptedException;
  }

  /**
   * A started demo.
   *
   * @param home the index page
   * @param demo the loop and its pages
   * @param links the links printed at start, one per {@link DemoRespondent#ALL}
   */
  record Running(URI home, SurveyDemo demo, List<IssuedLink> links) {}

  private final Lifetime lifetime;

  /** The command as {@code Main} runs it: serves until the JVM shuts down (Ctrl-C). */
  public ServeCommand() {
    this(running -> untilShutdown());
  }

  ServeCommand(Lifetime lifetime) {
    this.lifetime = lifetime;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve the survey pages of a demo loop on 127.0.0.1 until Ctrl-C";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    ServeOptions o;
    try {
      o = ServeOptions.parse(args);
    } catch (InputFormatException e) {
      err.println("error: serve: " + e.getMessage());
      err.println(ServeOptions.USAGE);
      return USAGE;
    }
    SurveyServer server;
    try {
      server = SurveyServer.bind(o.port);
    } catch (IOException e) {
      err.println("error: serve: cannot listen on 127.0.0.1:" + o.port + ": " + e.getMessage()
          + " (choose another --port, or 0 for any free one)");
      return USAGE;
    }
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "serve-due-work");
          t.setDaemon(true);
          return t;
        });
    try (server) {
      URI home = URI.create("http://localhost:" + server.port());
      SurveyDemo demo = SurveyDemo.create(home, Clock.systemUTC());
      server.start(demo.pages(), demo::indexPage);
      // the SDK starts no thread: this is the host's scheduler
      ScheduledFuture<?> dueWork =
          scheduler.scheduleWithFixedDelay(
              () -> runDueWork(demo, err), DUE_WORK_SECONDS, DUE_WORK_SECONDS, TimeUnit.SECONDS);
      List<IssuedLink> links = demo.issueAll();
      out.println("Survey pages of the demo shop at " + home + "/ (Ctrl-C stops)");
      out.println("One-time survey links (the index page issues fresh ones):");
      for (int i = 0; i < links.size(); i++) {
        DemoRespondent r = DemoRespondent.ALL.get(i);
        out.printf("  %-3s %-6s %-17s %s%n",
            r.language().toLanguageTag(), r.name(), r.zone().getId(), links.get(i).url());
      }
      lifetime.serve(new Running(home, demo, links));
      dueWork.cancel(false);
    } finally {
      scheduler.shutdownNow();
    }
    return OK;
  }

  private static void runDueWork(SurveyDemo demo, PrintStream err) {
    try {
      demo.loop().runDueWork();
    } catch (RuntimeException e) {
      // keep the scheduler alive: the next run may succeed
      err.println("warning: serve: runDueWork failed: " + e);
    }
  }

  private static void untilShutdown() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-shutdown"));
    stopped.await();
  }
}
