package io.feedbackloop.examples.demo.report;

import io.feedbackloop.routing.cases.CaseMetricsShare;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Number, share and duration formats shared by both renderers; locale-independent. */
final class Fmt {
  static final String NONE = "-";
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Fmt() {}

  /** NPS points with a sign and one decimal: {@code +26.5}, {@code -3.0}, {@code 0.0}. */
  static String points(double value) {
    double v = round1(value);
    return v == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", v);
  }

  /** An axis tick in points: a sign, and a decimal only when needed ({@code +20}, {@code -2.5}). */
  static String tick(double value) {
    String plain = coord(value);
    return value > 0 ? "+" + plain : plain;
  }

  /** NPS points, or {@link #NONE}. */
  static String points(OptionalDouble value) {
    return value.isPresent() ? points(value.getAsDouble()) : NONE;
  }

  /** A share in [0, 1] as a percentage with one decimal: {@code 41.3%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", round1(share * 100));
  }

  /** The ratio of a share as a percentage, or {@link #NONE} when nothing was counted. */
  static String percent(CaseMetricsShare share) {
    OptionalDouble r = share.ratio();
    return r.isPresent() ? percent(r.getAsDouble()) : NONE;
  }

  /** A plain number with {@code digits} decimals. */
  static String decimal(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /** A count with thousands separators: {@code 10,000}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A duration in its two largest units: {@code 2d 4h}, {@code 3h 05m}, {@code 12m}. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return String.format(Locale.ROOT, "%dh %02dm", hours, minutes % 60);
    }
    return hours / 24 + "d " + hours % 24 + "h";
  }

  /** A duration, or {@link #NONE}. */
  static String duration(Optional<Duration> d) {
    return d.map(Fmt::duration).orElse(NONE);
  }

  /** An instant in UTC to the minute: {@code 2026-02-09 00:00}. */
  static String minute(Instant at) {
    return MINUTE.format(at);
  }

  /** The length of a window: whole days as {@code 7d}, else hours {@code 36h}, else minutes. */
  static String span(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return d.toDays() + "d";
    }
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return d.toHours() + "h";
    }
    return d.toMinutes() + "m";
  }

  /** An SVG coordinate: at most one decimal, no trailing {@code .0}, never {@code -0}. */
  static String coord(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
