package io.feedbackloop.benchmarks.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The seeded responses, as real {@link Response}s and as the peers' flat {@link RuleFact}s. */
final class RuleWorkload {
  /** Fixed seed of the data. */
  static final long SEED = 20261122L;

  /** Fixed seed of the rules. */
  static final long RULE_SEED = 42L;

  /** Responses evaluated per benchmark operation; results are per response. */
  static final int BATCH = 1_000;

  /** The subset every variant's match count is checked on before timing. */
  static final int CHECKED = 10_000;

  static final Survey SURVEY = Surveys.nps("nps", Locale.ENGLISH);

  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");

  final Response[] responses;
  final RuleFact[] facts;

  private RuleWorkload(int n) {
    responses = new Response[n];
    facts = new RuleFact[n];
  }

  /** {@code n} responses; the same n always gives the same data (a prefix of a bigger n). */
  static RuleWorkload generate(int n) {
    RuleWorkload w = new RuleWorkload(n);
    SplittableRandom r = new SplittableRandom(SEED);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int x = r.nextInt(100);
      int nps = x < 30 ? 9 + r.nextInt(2) : x < 55 ? 7 + r.nextInt(2) : r.nextInt(7);
      String tp = RuleSpec.TOUCHPOINTS[r.nextInt(RuleSpec.TOUCHPOINTS.length)];
      Channel ch = RuleSpec.CHANNELS[r.nextInt(RuleSpec.CHANNELS.length)];
      String region = RuleSpec.REGIONS[r.nextInt(RuleSpec.REGIONS.length)];
      String tier = RuleSpec.TIERS[r.nextInt(RuleSpec.TIERS.length)];
      int orderValue = r.nextInt(1000);
      Response.Builder b =
          Response.builder(TENANT, "nps")
              .id("r" + i)
              .submittedAt(AT)
              .touchpoint(tp)
              .channel(ch)
              .answer("nps", nps)
              .attribute("region", region)
              .attribute("tier", tier)
              .attribute("orderValue", Integer.toString(orderValue));
      if (r.nextInt(10) < 8) {
        text.setLength(0);
        int words = 3 + r.nextInt(10);
        for (int k = 0; k < words; k++) {
          String word = RuleSpec.WORDS[r.nextInt(RuleSpec.WORDS.length)];
          if (k == 0) {
            text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
          } else {
            text.append(r.nextInt(5) == 0 ? ", " : " ").append(word);
          }
        }
        text.append(r.nextBoolean() ? "!" : ".");
        b.answer("comment", text.toString());
      }
      w.responses[i] = b.build();
      w.facts[i] = fact(w.responses[i]);
    }
    return w;
  }

  /**
   * The flat fact of a response, the work the response-reading floor does: read the answers and
   * attributes, parse the number, normalize the comment (ASCII: lower case, punctuation to spaces).
   */
  static RuleFact fact(Response resp) {
    int nps = -1;
    String comment = " ";
    List<io.feedbackloop.core.response.Answer> answers = resp.answers();
    for (int i = 0; i < answers.size(); i++) {
      io.feedbackloop.core.response.Answer a = answers.get(i);
      if (a instanceof ScoreAnswer s && s.questionId().equals("nps")) {
        nps = s.value();
      } else if (a instanceof TextAnswer t && t.questionId().equals("comment")) {
        comment = normalize(t.text());
      }
    }
    String ov = resp.attributes().get("orderValue");
    return new RuleFact(
        nps,
        resp.touchpoint().orElse(""),
        resp.channel().wireName(),
        resp.attributes().getOrDefault("region", ""),
        resp.attributes().getOrDefault("tier", ""),
        ov == null ? Double.NaN : Double.parseDouble(ov),
        comment);
  }

  private static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    if (!space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** Matches of the floor over {@code facts[0, n)}. */
  static long floorMatches(List<RuleSpec> specs, RuleFact[] facts, int n) {
    RuleSpec[] rules = specs.toArray(new RuleSpec[0]);
    long count = 0;
    for (int i = 0; i < n; i++) {
      for (RuleSpec rule : rules) {
        if (rule.test(facts[i])) {
          count++;
        }
      }
    }
    return count;
  }

  static void check(String variant, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          variant + " counted " + actual + " matches on the checked subset, the floor " + expected);
    }
  }

}
