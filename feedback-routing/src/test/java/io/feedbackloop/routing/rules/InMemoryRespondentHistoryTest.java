package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import org.junit.jupiter.api.Test;

class InMemoryRespondentHistoryTest {

  @Test
  void keepsEachRespondentsResponsesInTimeOrderWhateverTheOrderAdded() {
    Response a = Fixtures.response("a").respondent("c").submittedAt(T0.minusSeconds(30)).answer("nps", 1).build();
    Response b = Fixtures.response("b").respondent("c").submittedAt(T0.minusSeconds(20)).answer("nps", 2).build();
    Response b2 = Fixtures.response("b2").respondent("c").submittedAt(T0.minusSeconds(20)).answer("nps", 2).build();
    Response c = Fixtures.response("c").respondent("c").submittedAt(T0.minusSeconds(10)).answer("nps", 3).build();
    Response other = Fixtures.response("o").respondent("d").submittedAt(T0.minusSeconds(10)).answer("nps", 3).build();
    Response anonymous = Fixtures.response("x").submittedAt(T0.minusSeconds(10)).answer("nps", 3).build();
    InMemoryRespondentHistory h = InMemoryRespondentHistory.of(c, b2, a, other, anonymous, b);
    RespondentId who = RespondentId.of("c");
    assertThat(h.before(Fixtures.TENANT, who, T0)).containsExactly(a, b, b2, c);
    assertThat(h.before(Fixtures.TENANT, who, T0.minusSeconds(10))).as("strictly before").containsExactly(a, b, b2);
    assertThat(h.before(Fixtures.TENANT, who, T0.minusSeconds(30))).isEmpty();
    assertThat(h.before(io.feedbackloop.core.TenantId.of("other"), who, T0)).isEmpty();
    assertThat(h.before(Fixtures.TENANT, RespondentId.of("nobody"), T0)).isEmpty();
    assertThat(RespondentHistory.none().before(Fixtures.TENANT, who, T0)).isEmpty();
  }
}
