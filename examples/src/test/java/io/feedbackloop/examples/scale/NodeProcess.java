package io.feedbackloop.examples.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link LoopNode} in a child JVM on the parent's class path: started, watched through its
 * output lines, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) and waited for.
 */
final class NodeProcess implements AutoCloseable {
  private static final Pattern ACCEPTED = Pattern.compile("accepted=(\\d+)");

  private final String nodeId;
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  private int accepted;

  private NodeProcess(String nodeId, Process process) {
    this.nodeId = nodeId;
    this.process = process;
    this.reader = new Thread(this::read, "output of " + nodeId);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a node with the given {@code name=value} arguments (see {@link LoopNode}). */
  static NodeProcess start(String nodeId, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoopNode.class.getName());
    command.add("node=" + nodeId);
    command.addAll(args);
    try {
      return new NodeProcess(nodeId, new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException("starting node " + nodeId + " failed", e);
    }
  }

  String nodeId() {
    return nodeId;
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (this) {
          lines.add(line);
          Matcher m = ACCEPTED.matcher(line);
          if (m.find()) {
            accepted = Integer.parseInt(m.group(1));
          }
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the node was killed: its output ends here
    }
  }

  /** Waits until the node reported at least {@code n} accepted responses; false on timeout or exit. */
  synchronized boolean awaitAccepted(int n, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (accepted < n && process.isAlive()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return accepted >= n;
  }

  /** Kills the node with SIGKILL and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** Waits for the node to exit; its exit code, or -1 on timeout. */
  int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return -1;
    }
    reader.join(TimeUnit.SECONDS.toMillis(5));
    return process.exitValue();
  }

  /** The node's output so far. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The last line starting with {@code prefix}, or an empty string. */
  synchronized String last(String prefix) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(prefix)) {
        return lines.get(i);
      }
    }
    return "";
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
