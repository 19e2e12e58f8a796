package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.invite.InvitationIds;
import io.feedbackloop.routing.internal.invite.Sampling;
import org.junit.jupiter.api.Test;

class SamplingTest {
  private static final TenantId ACME = TenantId.of("acme");

  @Test
  void seededValuesAreDeterministicAndDependOnEveryPart() {
    double v = Sampling.value(42, ACME, RespondentId.of("c-1"), "o-1");
    assertThat(Sampling.value(42, ACME, RespondentId.of("c-1"), "o-1")).isEqualTo(v);
    assertThat(Sampling.value(43, ACME, RespondentId.of("c-1"), "o-1")).isNotEqualTo(v);
    assertThat(Sampling.value(42, TenantId.of("other"), RespondentId.of("c-1"), "o-1")).isNotEqualTo(v);
    assertThat(Sampling.value(42, ACME, RespondentId.of("c-2"), "o-1")).isNotEqualTo(v);
    assertThat(Sampling.value(42, ACME, RespondentId.of("c-1"), "o-2")).isNotEqualTo(v);
    // moving a character from one part to the next changes the value
    assertThat(Sampling.value(42, ACME, RespondentId.of("c-1o"), "-1")).isNotEqualTo(v);
  }

  @Test
  void seededValuesArePinned() {
    // A seed must sample the same way on every node and after every upgrade: these values are a
    // compatibility promise, not an implementation detail.
    assertThat(Sampling.value(42, ACME, RespondentId.of("c-1"), "o-1")).isEqualTo(0.7750707687272673);
    assertThat(Sampling.value(-7, TenantId.of("t"), RespondentId.of("r"), "e"))
        .isEqualTo(0.8243833215111237);
  }

  @Test
  void seededValuesAreUniformEnoughForARate() {
    int n = 20_000;
    int below30 = 0;
    int[] deciles = new int[10];
    for (int i = 0; i < n; i++) {
      double v = Sampling.value(7, ACME, RespondentId.of("c-" + i), "order-" + (i * 31));
      assertThat(v).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      if (v < 0.3) {
        below30++;
      }
      deciles[(int) (v * 10)]++;
    }
    // binomial sd at n=20000, p=0.3 is ~65: allow 5 sd
    assertThat(below30).isBetween(6000 - 325, 6000 + 325);
    for (int d : deciles) {
      assertThat(d).isBetween(2000 - 220, 2000 + 220);
    }
  }

  @Test
  void invitationIdsAreStableAndDistinct() {
    String id = InvitationIds.of(ACME, RespondentId.of("c-1"), "post-delivery", "o-1");
    assertThat(id).matches("inv-[0-9a-f]{32}");
    assertThat(InvitationIds.of(ACME, RespondentId.of("c-1"), "post-delivery", "o-1")).isEqualTo(id);
    assertThat(InvitationIds.of(ACME, RespondentId.of("c-1"), "post-delivery", "o-2")).isNotEqualTo(id);
    assertThat(InvitationIds.of(ACME, RespondentId.of("c-1"), "support", "o-1")).isNotEqualTo(id);
  }
}
