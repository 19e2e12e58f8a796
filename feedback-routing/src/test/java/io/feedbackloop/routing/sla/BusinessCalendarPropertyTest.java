package io.feedbackloop.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of business-time arithmetic on random instants and amounts. The seed is printed;
 * replay a failure with {@code -Dfeedback.seed=<seed>}.
 */
class BusinessCalendarPropertyTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = Duration.ofDays(3 * 365).toSeconds();
  private static long seed;

  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          BusinessCalendar.ofDefaults(),
          BusinessCalendar.builder()
              .zone(STOCKHOLM)
              .hours(LocalTime.of(8, 0), LocalTime.of(12, 0))
              .hours(LocalTime.of(13, 0), LocalTime.of(17, 0))
              .hours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
              .holidays(
                  List.of(
                      LocalDate.of(2025, 12, 24),
                      LocalDate.of(2025, 12, 25),
                      LocalDate.of(2026, 4, 3),
                      LocalDate.of(2026, 4, 6),
                      LocalDate.of(2026, 6, 19),
                      LocalDate.of(2026, 12, 24),
                      LocalDate.of(2027, 1, 1)))
              .build(),
          BusinessCalendar.builder()
              .zone(ZoneId.of("America/New_York"))
              .workingDays(DayOfWeek.values())
              .hours(LocalTime.of(0, 0), LocalTime.of(2, 30))
              .hours(LocalTime.of(22, 0), LocalTime.MIDNIGHT)
              .build(),
          BusinessCalendar.builder()
              .zone(STOCKHOLM)
              .workingDays()
              .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
              .build(),
          BusinessCalendar.wallClock());

  @BeforeAll
  static void seed() {
    seed = Long.getLong("feedback.seed", System.nanoTime());
    System.out.println(
        "BusinessCalendarPropertyTest seed: " + seed + " (-Dfeedback.seed=" + seed + ")");
  }

  private static Instant randomInstant(Random random) {
    return FROM.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS))
        .plusNanos(random.nextInt(1_000_000_000));
  }

  private static Duration randomAmount(Random random) {
    long seconds =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(3_600);
          case 1 -> random.nextInt(86_400);
          case 2 -> random.nextInt(86_400 * 30);
          default -> random.nextInt(86_400 * 100);
        };
    return Duration.ofSeconds(seconds, random.nextInt(1_000_000_000));
  }

  @Test
  void betweenAStartAndItsPlusIsTheAmount() {
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      BusinessCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
      Instant a = randomInstant(random);
      Duration d = randomAmount(random);

      Instant end = calendar.plus(a, d);

      assertThat(calendar.between(a, end))
          .as("seed %s, %s, %s + %s", seed, calendar, a, d)
          .isEqualTo(d);
      assertThat(end).isAfterOrEqualTo(a);
    }
  }

  @Test
  void plusIsAdditiveAndBetweenIsAdditive() {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      BusinessCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
      Instant a = randomInstant(random);
      Duration d1 = randomAmount(random).plusNanos(1);
      Duration d2 = randomAmount(random).plusNanos(1);
      String why = "seed " + seed + ", " + calendar + ", " + a + " + " + d1 + " + " + d2;

      assertThat(calendar.plus(calendar.plus(a, d1), d2))
          .as(why)
          .isEqualTo(calendar.plus(a, d1.plus(d2)));
      Instant b = a.plus(d1);
      Instant c = b.plus(d2);
      assertThat(calendar.between(a, b).plus(calendar.between(b, c)))
          .as(why)
          .isEqualTo(calendar.between(a, c));
    }
  }

  /** Counts opening minutes one by one from local wall times: slow, obvious, independent. */
  @Test
  void betweenAgreesWithCountingOpenMinutes() {
    Random random = new Random(seed);
    BusinessCalendar calendar = CALENDARS.get(1);
    for (int i = 0; i < 20; i++) {
      Instant a = randomInstant(random).truncatedTo(ChronoUnit.MINUTES);
      Instant b = a.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
      long open = 0;
      for (Instant t = a; t.isBefore(b); t = t.plusSeconds(60)) {
        ZonedDateTime local = t.atZone(STOCKHOLM);
        boolean holiday = calendar.holidays().contains(local.toLocalDate());
        for (TimeWindow w : calendar.hours(local.getDayOfWeek())) {
          LocalTime time = local.toLocalTime();
          if (!holiday && !time.isBefore(w.from()) && time.isBefore(w.to())) {
            open++;
          }
        }
      }
      assertThat(calendar.between(a, b))
          .as("seed %s, %s .. %s", seed, a, b)
          .isEqualTo(Duration.ofMinutes(open));
    }
  }
}
