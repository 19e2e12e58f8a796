package io.feedbackloop.examples.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders a URL as a QR code: SVG text (one square per dark module, scales to any print size) or a
 * PNG. Error correction level M (15 % of the code may be damaged: a creased receipt), UTF-8, a
 * quiet zone of 4 modules as the QR standard asks. Stateless and thread-safe.
 */
public final class QrCodes {
  /** The quiet zone around the code, in modules. */
  public static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /**
   * The QR code of {@code text} as modules, quiet zone included: {@code true} is dark.
   *
   * @throws IllegalArgumentException if the text is empty or too long for a QR code
   */
  public static boolean[][] modules(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text must not be empty, but was ''");
    }
    BitMatrix m;
    try {
      m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET, "UTF-8",
                      EncodeHintType.MARGIN, QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "text must fit in a QR code, but was " + text.length() + " characters long", e);
    }
    boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        out[y][x] = m.get(x, y);
      }
    }
    return out;
  }

  /** The QR code of {@code text} as an SVG document, 1 user unit per module. */
  public static String svg(String text) {
    boolean[][] m = modules(text);
    int size = m.length;
    StringBuilder out = new StringBuilder(size * size * 8);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(size)
        .append(' ')
        .append(size)
        .append("\" shape-rendering=\"crispEdges\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
        .append("<path fill=\"#000\" d=\"");
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (m[y][x]) {
          out.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return out.append("\"/>\n</svg>\n").toString();
  }

  /** The QR code of {@code text} as an image, {@code scale} pixels per module. */
  public static BufferedImage image(String text, int scale) {
    if (scale <= 0) {
      throw new IllegalArgumentException("scale must be > 0, but was " + scale);
    }
    boolean[][] m = modules(text);
    BufferedImage img =
        new BufferedImage(m.length * scale, m.length * scale, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, m[y / scale][x / scale] ? 0xff000000 : 0xffffffff);
      }
    }
    return img;
  }

  /** The QR code of {@code text} as PNG bytes, {@code scale} pixels per module. */
  public static byte[] png(String text, int scale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(text, scale), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG to memory failed", e);
    }
    return out.toByteArray();
  }
}
