package io.feedbackloop.examples.qr;

import io.feedbackloop.examples.cli.Command;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code qr <url> <file.svg|file.png>}: writes the QR code of a public survey link, as SVG or (by
 * the file's extension) as PNG at 8 pixels per module.
 */
public final class QrCommand implements Command {
  private static final int PNG_SCALE = 8;

  /** Creates the command. */
  public QrCommand() {}

  @Override
  public String name() {
    return "qr";
  }

  @Override
  public String summary() {
    return "qr <url> <file.svg|file.png>: write a survey link as a QR code";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.size() != 2) {
      err.println("usage: qr <url> <file.svg|file.png>");
      return USAGE;
    }
    String url = args.get(0);
    if (!isWebUrl(url)) {
      err.println("error: url must be an absolute http(s) URL, but was '" + url + "'");
      return USAGE;
    }
    Path file = Path.of(args.get(1));
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      Files.write(file, QrCodes.png(url, PNG_SCALE));
    } else if (name.endsWith(".svg")) {
      Files.writeString(file, QrCodes.svg(url), StandardCharsets.UTF_8);
    } else {
      err.println("error: the file must end in .svg or .png, but was '" + file + "'");
      return USAGE;
    }
    out.println("wrote " + file);
    return OK;
  }

  private static boolean isWebUrl(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme();
      return u.isAbsolute()
          && u.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
