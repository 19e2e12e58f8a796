package io.feedbackloop.examples.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.examples.Main;
import io.feedbackloop.routing.link.InMemoryLinkStore;
import io.feedbackloop.routing.link.PublicLink;
import io.feedbackloop.routing.link.PublicLinks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders public survey links as QR codes and decodes them back with ZXing's reader. */
class QrCodesTest {
  private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

  @TempDir Path dir;

  private static String publicLinkUrl() {
    PublicLink link =
        PublicLinks.builder()
            .baseUrl(URI.create("https://feedback.example.com"))
            .store(InMemoryLinkStore.create())
            .build()
            .create(TenantId.of("acme"), "store-visit");
    return link.url().toString();
  }

  /** Decodes a grey image: luminance 0 is dark. */
  private static String decode(LuminanceSource source) throws Exception {
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  private static String decode(BufferedImage img) throws Exception {
    int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    return decode(new RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb));
  }

  /** Rebuilds the picture an SVG renderer would draw, 4 pixels per module, and decodes it. */
  private static String decodeSvg(String svg) throws Exception {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int modules = Integer.parseInt(box.group(1));
    int scale = 4;
    int size = modules * scale;
    byte[] pixels = new byte[size * size];
    java.util.Arrays.fill(pixels, (byte) 0xff);
    Matcher m = MODULE.matcher(svg);
    int dark = 0;
    while (m.find()) {
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * size + x * scale + dx] = 0;
        }
      }
      dark++;
    }
    assertThat(dark).isPositive();
    return decode(new GreyLuminanceSource(size, size, pixels));
  }

  /** A luminance source over grey pixels, one byte each. */
  private static final class GreyLuminanceSource extends LuminanceSource {
    private final byte[] pixels;

    GreyLuminanceSource(int width, int height, byte[] pixels) {
      super(width, height);
      this.pixels = pixels;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
      System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
      return out;
    }

    @Override
    public byte[] getMatrix() {
      return pixels.clone();
    }
  }

  @Test
  void aPngOfAPublicLinkDecodesToTheSameUrl() throws Exception {
    String url = publicLinkUrl();
    byte[] png = QrCodes.png(url, 4);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(decode(read)).isEqualTo(url);
  }

  @Test
  void anSvgOfAPublicLinkDecodesToTheSameUrl() throws Exception {
    String url = publicLinkUrl();
    String svg = QrCodes.svg(url);
    assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(decodeSvg(svg)).isEqualTo(url);
  }

  @Test
  void theCodeHasAQuietZoneOfFourModules() {
    boolean[][] m = QrCodes.modules("https://feedback.example.com/p/x");
    for (int i = 0; i < m.length; i++) {
      for (int q = 0; q < QrCodes.QUIET_ZONE; q++) {
        assertThat(m[i][q] || m[q][i] || m[i][m.length - 1 - q] || m[m.length - 1 - q][i]).isFalse();
      }
    }
    assertThat(m[QrCodes.QUIET_ZONE][QrCodes.QUIET_ZONE]).as("finder pattern corner").isTrue();
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    assertThatThrownBy(() -> QrCodes.modules(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be empty, but was ''");
    assertThatThrownBy(() -> QrCodes.modules("x".repeat(5000)))
        .hasMessage("text must fit in a QR code, but was 5000 characters long");
    assertThatThrownBy(() -> QrCodes.image("x", 0)).hasMessage("scale must be > 0, but was 0");
  }

  private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theQrCommandWritesAnSvgAndAPngThatDecode() throws Exception {
    String url = publicLinkUrl();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path svg = dir.resolve("link.svg");
    Path png = dir.resolve("link.png");
    assertThat(run(out, err, "qr", url, svg.toString())).isZero();
    assertThat(run(out, err, "qr", url, png.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + svg, "wrote " + png);
    assertThat(decodeSvg(Files.readString(svg))).isEqualTo(url);
    assertThat(decode(ImageIO.read(png.toFile()))).isEqualTo(url);
  }

  @Test
  void theQrCommandRefusesBadArguments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, err, "qr", "https://x.example/p/1")).isEqualTo(2);
    assertThat(run(out, err, "qr", "not a url", dir.resolve("a.svg").toString())).isEqualTo(2);
    assertThat(run(out, err, "qr", "https://x.example/p/1", dir.resolve("a.gif").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("usage: qr <url> <file.svg|file.png>")
        .contains("error: url must be an absolute http(s) URL, but was 'not a url'")
        .contains("error: the file must end in .svg or .png, but was '" + dir.resolve("a.gif") + "'");
  }
}
