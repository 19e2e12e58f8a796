package io.feedbackloop.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseQueryTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void fromMustBeBeforeTo() {
    assertThatThrownBy(() -> ResponseQuery.builder(ACME).submittedBetween(T0, T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be before to, but was from=" + T0 + ", to=" + T0);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void argumentsAreChecked() {
    assertThatThrownBy(() -> ResponseQuery.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant must not be null");
    assertThatThrownBy(() -> ResponseQuery.builder(ACME).survey("no spaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("surveyId must be 1-64 characters");
    assertThatThrownBy(() -> ResponseQuery.builder(ACME).attribute("region", "x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length of attribute region must be <= 1000, but was 1001");
    ResponseQuery.Builder many = ResponseQuery.builder(ACME);
    for (int i = 0; i < ResponseQuery.MAX_ATTRIBUTE_FILTERS; i++) {
      many.attribute("a" + i, "v");
    }
    assertThatThrownBy(() -> many.attribute("one_more", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of attribute filters must be <= 16, but was 17");
  }

  @Test
  void matchesEveryCondition() {
    Response r =
        Response.builder(ACME, "nps")
            .submittedAt(T0)
            .respondent("ana")
            .attribute("region", "north")
            .build();
    ResponseQuery all =
        ResponseQuery.builder(ACME)
            .survey("nps")
            .submittedBetween(T0, T0.plusNanos(1))
            .respondent(RespondentId.of("ana"))
            .attribute("region", "north")
            .build();

    assertThat(all.matches(r)).isTrue();
    assertThat(all.toBuilder().submittedFrom(T0.plusNanos(1)).submittedBefore(T0.plusSeconds(1)).build().matches(r)).isFalse();
    assertThat(all.toBuilder().attribute("tier", "gold").build().matches(r)).isFalse();
    assertThat(ResponseQuery.of(TenantId.of("globex")).matches(r)).isFalse();
    assertThat(all.toBuilder().build()).isEqualTo(all).hasSameHashCodeAs(all);
  }

  @Test
  void toStringShowsAttributeNamesNotValues() {
    ResponseQuery q = ResponseQuery.builder(ACME).attribute("email_domain", "secret.example").build();

    assertThat(q).hasToString("ResponseQuery[tenant=acme, attributes=[email_domain]]");
  }
}
