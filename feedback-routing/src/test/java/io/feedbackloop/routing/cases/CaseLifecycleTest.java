package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseStatus.ASSIGNED;
import static io.feedbackloop.routing.cases.CaseStatus.CLOSED;
import static io.feedbackloop.routing.cases.CaseStatus.IN_PROGRESS;
import static io.feedbackloop.routing.cases.CaseStatus.NEW;
import static io.feedbackloop.routing.cases.CaseStatus.ON_HOLD;
import static io.feedbackloop.routing.cases.CaseStatus.REOPENED;
import static io.feedbackloop.routing.cases.CaseStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {
  private static final Map<CaseStatus, Set<CaseStatus>> EXPECTED =
      Map.of(
          NEW, EnumSet.of(ASSIGNED),
          ASSIGNED, EnumSet.of(IN_PROGRESS, ON_HOLD),
          IN_PROGRESS, EnumSet.of(ON_HOLD, RESOLVED),
          ON_HOLD, EnumSet.of(ASSIGNED, IN_PROGRESS, REOPENED),
          RESOLVED, EnumSet.of(CLOSED, REOPENED),
          CLOSED, EnumSet.of(REOPENED),
          REOPENED, EnumSet.of(ASSIGNED, IN_PROGRESS, ON_HOLD));

  @Test
  void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
    for (CaseStatus from : CaseStatus.values()) {
      Set<CaseStatus> expected = Objects.requireNonNull(EXPECTED.get(from));
      for (CaseStatus to : CaseStatus.values()) {
        assertThat(CaseLifecycle.canMove(from, to))
            .as("%s -> %s", from, to)
            .isEqualTo(expected.contains(to));
      }
      assertThat(CaseLifecycle.allowedFrom(from)).isEqualTo(expected);
    }
    assertThat(CaseLifecycle.transitions()).isEqualTo(EXPECTED);
  }

  @Test
  void theTableCannotBeChanged() {
    assertThatThrownBy(() -> CaseLifecycle.allowedFrom(NEW).add(CLOSED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CaseLifecycle.transitions().remove(NEW))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> CaseLifecycle.canMove(NEW, null)).hasMessage("to must not be null");
    assertThatThrownBy(() -> CaseLifecycle.allowedFrom(null)).hasMessage("from must not be null");
  }

  @Test
  void openStatusesAreEveryOneButResolvedAndClosed() {
    for (CaseStatus s : CaseStatus.values()) {
      assertThat(s.isOpen()).as(s.name()).isEqualTo(s != RESOLVED && s != CLOSED);
    }
  }

  @Test
  void transitionExceptionNamesCaseStatusesAndTheAllowedOnes() {
    CaseTransitionException e =
        new CaseTransitionException(CaseId.of("c-12"), NEW, RESOLVED, CaseLifecycle.allowedFrom(NEW));
    assertThat(e).hasMessage("case c-12 cannot move from NEW to RESOLVED; allowed: ASSIGNED");
    assertThat(e.from()).isEqualTo(NEW);
    assertThat(e.to()).isEqualTo(RESOLVED);
    assertThat(e.allowed()).containsExactly(ASSIGNED);
    assertThat(e.caseId()).isEqualTo(CaseId.of("c-12"));
    assertThat(new CaseTransitionException(CaseId.of("c-1"), ON_HOLD, CLOSED, EnumSet.of(REOPENED, ASSIGNED)))
        .hasMessage("case c-1 cannot move from ON_HOLD to CLOSED; allowed: ASSIGNED, REOPENED");
    assertThat(new CaseTransitionException(CaseId.of("c-1"), ON_HOLD, CLOSED, Set.of()))
        .hasMessage("case c-1 cannot move from ON_HOLD to CLOSED; allowed: none");
  }
}
