package io.feedbackloop.examples.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The deterministic workload the nodes of the multi-node test agree on. */
class WorkloadTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void everyItemIsSubmittedByItsOwnerAndSomeByTwoOrEveryNode() {
    Workload w = new Workload(1_000, 3);

    assertThat(w.submitters(1)).containsExactly(1);
    assertThat(w.submitters(13)).containsExactly(1, 2);
    assertThat(w.submitters(23)).containsExactly(2, 0);
    assertThat(w.submitters(50)).containsExactly(2, 0, 1);
    assertThat(w.submits()).isEqualTo(1_000 + 100 + 2 * 20);

    Set<Integer> covered = new HashSet<>();
    int sliced = 0;
    for (int n = 0; n < 3; n++) {
      int[] slice = w.slice(n);
      sliced += slice.length;
      assertThat(slice).isSorted();
      Arrays.stream(slice).forEach(covered::add);
    }
    assertThat(sliced).isEqualTo(w.submits());
    assertThat(covered).hasSize(1_000);
  }

  @Test
  void oneNodeSubmitsEveryItemOnce() {
    Workload w = new Workload(500, 1);

    assertThat(w.slice(0)).containsExactly(IntStream.range(0, 500).toArray());
    assertThat(w.submits()).isEqualTo(500);
  }

  @Test
  void scoresAreMostlyPromotersWithSomeDetractorsAndPassives() {
    Map<Workload.Category, Integer> perCategory = new EnumMap<>(Workload.Category.class);
    for (int i = 0; i < 30_000; i++) {
      perCategory.merge(Workload.category(i), 1, Integer::sum);
      assertThat(Workload.score(i)).isBetween(0, 10);
    }

    assertThat(perCategory.get(Workload.Category.DETRACTOR)).isBetween(3_000, 4_200);
    assertThat(perCategory.get(Workload.Category.PASSIVE)).isBetween(5_400, 6_600);
    assertThat(perCategory.get(Workload.Category.PROMOTER)).isBetween(19_800, 21_000);
  }

  @Test
  void aConflictingSecondSubmitterSendsAnotherScoreOfTheSameCategory() {
    Workload w = new Workload(1_000, 3);
    int conflicting = 613; // 613 % 101 == 7 and 613 % 10 == 3: submitted by nodes 1 and 2
    assertThat(Workload.conflicting(conflicting)).isTrue();
    assertThat(w.submitters(conflicting)).containsExactly(1, 2);
    int owner = 1;
    int other = 2;
    Response first = w.response(conflicting, owner, AT);
    Response second = w.response(conflicting, other, AT);

    assertThat(second.idempotencyKey()).isEqualTo(first.idempotencyKey()).isEqualTo("order-" + conflicting);
    assertThat(second.sameContentAs(first)).isFalse();
    assertThat(score(second)).isEqualTo(Workload.variant(score(first)));
    for (int s = 0; s <= 10; s++) {
      assertThat(category(Workload.variant(s))).as("variant of %d", s).isEqualTo(category(s));
      assertThat(Workload.variant(s)).isNotEqualTo(s);
    }
  }

  @Test
  void aDuplicateSubmitHasTheSameContentUnderTheSameKeyAndAnotherId() {
    Workload w = new Workload(1_000, 3);

    Response byOwner = w.response(13, 1, AT);
    Response byNext = w.response(13, 2, AT.plusSeconds(1));

    assertThat(byNext.sameContentAs(byOwner)).isTrue();
    assertThat(byNext.idempotencyKey()).isEqualTo(byOwner.idempotencyKey());
    assertThat(byNext.id()).isEqualTo("r13-n2").isNotEqualTo(byOwner.id());
    assertThat(byOwner.respondent().orElseThrow().value()).isEqualTo("customer-13");
  }

  @Test
  void refusesEmptyWorkloadsAndUnknownNodes() {
    assertThatThrownBy(() -> new Workload(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total and nodes must be > 0, but were 0 and 3");
    assertThatThrownBy(() -> new Workload(10, 3).slice(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node must be in [0, 3), but was 3");
  }

  private static int score(Response r) {
    return ((ScoreAnswer) r.answer("nps").orElseThrow()).value();
  }

  private static int category(int score) {
    return score <= 6 ? 0 : score <= 8 ? 1 : 2;
  }
}
