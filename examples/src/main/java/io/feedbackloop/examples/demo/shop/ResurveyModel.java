package io.feedbackloop.examples.demo.shop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How customers answer a re-survey after their case was resolved. After a resolution within the
 * SLA, 55 % answer and about two in three have recovered (7-10, a third of those promoters); after
 * a late one, 40 % answer and about three in ten have recovered. The others stay detractors, near
 * their first score. Deterministic from the seed and the case id; immutable and thread-safe.
 */
public final class ResurveyModel {
  private final long seed;

  private ResurveyModel(long seed) {
    this.seed = seed;
  }

  /** The re-survey behaviour for {@code seed}. */
  public static ResurveyModel of(long seed) {
    return new ResurveyModel(seed);
  }

  /**
   * The reply to the re-survey of case {@code caseId} asked at {@code askedAt}, or empty when the
   * customer does not answer; {@code firstScore} is the score that opened the case.
   *
   * @throws IllegalArgumentException if {@code firstScore} is outside 0-10
   */
  public Optional<ResurveyReply> reply(
      String caseId, int firstScore, boolean resolvedWithinSla, Instant askedAt) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(askedAt, "askedAt");
    if (firstScore < 0 || firstScore > 10) {
      throw new IllegalArgumentException("firstScore must be in 0..10, but was " + firstScore);
    }
    SplittableRandom r = Randoms.of(seed, "resurvey", caseId);
    if (!Randoms.chance(r, resolvedWithinSla ? 0.55 : 0.40)) {
      return Optional.empty();
    }
    int score;
    if (Randoms.chance(r, resolvedWithinSla ? 0.65 : 0.30)) {
      score = 7 + Randoms.weighted(r, new double[] {35, 32, 18, 15});
    } else {
      score = Math.max(0, Math.min(6, firstScore - 1 + r.nextInt(3)));
    }
    return Optional.of(new ResurveyReply(score, askedAt.plus(AnswerModel.delay(r))));
  }
}
