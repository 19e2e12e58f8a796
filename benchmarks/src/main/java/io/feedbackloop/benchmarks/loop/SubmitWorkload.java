package io.feedbackloop.benchmarks.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The submit workload: {@code size} NPS responses with a comment, as JSON documents, with a fixed
 * seed. Mix: 55 % promoters (9-10), 25 % passives (7-8), 20 % detractors (0-6); comments in
 * English, Swedish and German; respondents drawn from {@code size * 3 / 4} customers (so a few
 * are repeat detractors); 10 % gold-tier customers, order values 20-1,500 (so some detractors are
 * escalated). A document's id is {@code r-<generation>-<index>}: a new generation gives every
 * document a new id, so a loop that stored generation 0 stores generation 1 afresh instead of
 * replaying it. Immutable after construction; thread-safe.
 */
final class SubmitWorkload {
  /** The tenant of every response. */
  static final TenantId TENANT = TenantId.of("bench");

  /** The survey every response answers: the built-in NPS survey (nps, comment, improve, praise). */
  static final Survey SURVEY = Surveys.nps("post-delivery", Locale.ENGLISH);

  /** The pool size the benchmarks use unless told otherwise. */
  static final int DEFAULT_SIZE = 4096;

  /** The loop's clock: fixed, a day after the last submission, so that due times are stable. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  private static final String MARKER = "idmarker0";
  private static final Instant FIRST = Instant.parse("2026-11-24T00:00:00Z");
  private static final List<String> EN_BAD =
      List.of("The parcel came a week late and nobody answered my emails",
          "Damaged box, the product was broken", "Refund still not paid after a month");
  private static final List<String> EN_MID =
      List.of("Fine, but delivery took longer than promised", "Ok product, the app is a bit slow");
  private static final List<String> EN_GOOD =
      List.of("Fast delivery and friendly support", "Great quality, will order again");
  private static final List<String> SV =
      List.of("Paketet kom för sent", "Snabb leverans, bra pris", "Okej, men appen är krånglig");
  private static final List<String> DE =
      List.of("Die Lieferung kam zu spät", "Schnelle Lieferung, gerne wieder", "Ganz gut, aber teuer");

  private final String[][] parts;
  private final int[] scores;

  SubmitWorkload(int size, long seed) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be > 0, but was " + size);
    }
    FeedbackJson json = FeedbackJson.ofDefaults();
    Random random = new Random(seed);
    int customers = Math.max(1, size * 3 / 4);
    parts = new String[size][];
    scores = new int[size];
    for (int i = 0; i < size; i++) {
      int roll = random.nextInt(100);
      int score = roll < 55 ? 9 + random.nextInt(2) : roll < 80 ? 7 + random.nextInt(2) : random.nextInt(7);
      scores[i] = score;
      int lang = random.nextInt(10); // 60 % en, 20 % sv, 20 % de
      Locale locale = lang < 6 ? Locale.ENGLISH : lang < 8 ? Locale.forLanguageTag("sv") : Locale.GERMAN;
      String comment =
          lang < 6
              ? pick(score <= 6 ? EN_BAD : score <= 8 ? EN_MID : EN_GOOD, random)
              : pick(lang < 8 ? SV : DE, random);
      Response.Builder b =
          Response.builder(TENANT, SURVEY.id())
              .id(MARKER)
              .respondent("customer-" + random.nextInt(customers))
              .submittedAt(FIRST.plusSeconds(random.nextInt(86_400)))
              .locale(locale)
              .answer("nps", score)
              .answer("comment", comment)
              .attribute("region", random.nextBoolean() ? "north" : "south")
              .attribute("order_value", Integer.toString(20 + random.nextInt(1481)));
      if (random.nextInt(10) == 0) {
        b.attribute("customer_tier", "gold");
      }
      parts[i] = json.writeResponse(b.build()).split(MARKER, -1);
    }
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** How many documents the pool holds. */
  int size() {
    return parts.length;
  }

  /** The NPS score of document {@code index}. */
  int score(int index) {
    return scores[index];
  }

  /** Document {@code index} with the id of {@code generation}. */
  String json(int index, long generation) {
    return String.join("r-" + generation + "-" + index, parts[index]);
  }

  /** Every document with the ids of {@code generation}, in index order. */
  String[] generation(long generation) {
    String[] docs = new String[parts.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = json(i, generation);
    }
    return docs;
  }

  /**
   * A loop on {@code storage} as a first user would build it: the NPS survey, the default rules
   * ({@code Playbook.standard()}, without its CES rule since the survey has no CES question), the
   * support and managers teams, logging channels (nothing is delivered during submit), the fixed
   * clock.
   */
  static FeedbackLoop newLoop(LoopStorage storage) {
    return FeedbackLoop.builder()
        .survey(SURVEY)
        .team(Team.of("support", "ana", "ben", "cara"))
        .team(Team.of("managers", "mia"))
        .storage(storage)
        .clock(CLOCK)
        .build();
  }
}
