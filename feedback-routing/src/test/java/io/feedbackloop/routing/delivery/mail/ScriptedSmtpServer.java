package io.feedbackloop.routing.delivery.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny real SMTP server on a loopback socket that answers each command with a scripted reply, for
 * the replies GreenMail never gives (a 5xx to RCPT, a 4xx or 5xx to the final dot, silence after
 * DATA). Replies default to success; {@link #HANG_UP} closes the connection instead of answering,
 * {@link #SILENCE} keeps it open without answering. The reply to {@code "."} is the one to the
 * content. Serves one connection.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  static final String SILENCE = "silence";
  static final String HANG_UP = "hang up";

  private final ServerSocket server;
  private final Map<String, String> replies = new ConcurrentHashMap<>();
  private final Thread thread;
  private final CountDownLatch release = new CountDownLatch(1);

  ScriptedSmtpServer(Map<String, String> script) throws IOException {
    replies.put("EHLO", "250 scripted");
    replies.put("HELO", "250 scripted");
    replies.put("MAIL", "250 OK");
    replies.put("RCPT", "250 OK");
    replies.put("DATA", "354 go ahead");
    replies.put(".", "250 OK queued");
    replies.put("RSET", "250 OK");
    replies.put("NOOP", "250 OK");
    replies.put("QUIT", "221 bye");
    replies.putAll(script);
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve() {
    try (Socket socket = server.accept()) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = socket.getOutputStream();
      send(out, "220 scripted ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.split("[ :]", 2)[0].toUpperCase(java.util.Locale.ROOT);
        String reply = replies.getOrDefault(verb, "500 unknown");
        if (verb.equals("DATA") && reply.startsWith("354")) {
          send(out, reply);
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the content
          }
          reply = replies.getOrDefault(".", "250 OK");
        }
        if (HANG_UP.equals(reply)) {
          return;
        }
        if (SILENCE.equals(reply)) {
          release.await();
          return;
        }
        send(out, reply);
        if (verb.equals("QUIT")) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // The test has ended or the client went away.
    }
  }

  private static void send(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    release.countDown();
    server.close();
  }
}
