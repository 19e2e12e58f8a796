package io.feedbackloop.routing.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.sla.Audience;
import io.feedbackloop.routing.sla.BusinessCalendar;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TeamTest {
  private static final BusinessCalendar STOCKHOLM =
      BusinessCalendar.builder().zone(ZoneId.of("Europe/Stockholm")).build();
  private static final Team SUPPORT =
      Team.builder("support")
          .member("ana")
          .member("ben")
          .lead("lea")
          .manager("max")
          .role("legal", "lena", "leo")
          .calendar(STOCKHOLM)
          .build();

  @Test
  void aTeamHasMembersInOrderALeadAManagerRolesAndACalendar() {
    assertThat(SUPPORT.name()).isEqualTo("support");
    assertThat(SUPPORT.members()).containsExactly(Member.of("ana"), Member.of("ben"));
    assertThat(SUPPORT.indexOf(Member.of("ben"))).isEqualTo(1);
    assertThat(SUPPORT.indexOf(Member.of("lea"))).isEqualTo(-1);
    assertThat(SUPPORT.lead()).contains(Member.of("lea"));
    assertThat(SUPPORT.manager()).contains(Member.of("max"));
    assertThat(SUPPORT.calendar().zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    assertThat(SUPPORT).hasToString("Team[support, members=[ana, ben]]");
  }

  @Test
  void ofGivesMembersAndTheDefaultCalendar() {
    Team team = Team.of("support", "ana", "ben");

    assertThat(team.members()).extracting(Member::id).containsExactly("ana", "ben");
    assertThat(team.lead()).isEmpty();
    assertThat(team.manager()).isEmpty();
    assertThat(team.calendar()).isEqualTo(BusinessCalendar.ofDefaults());
    assertThat(team)
        .isEqualTo(Team.of("support", "ana", "ben"))
        .hasSameHashCodeAs(Team.of("support", "ana", "ben"));
    assertThat(team).isNotEqualTo(Team.of("support", "ben", "ana"));
  }

  @Test
  void escalationAudiencesResolveToPeople() {
    Member owner = Member.of("ana");

    assertThat(SUPPORT.recipients(Audience.OWNER, owner)).containsExactly(owner);
    assertThat(SUPPORT.recipients(Audience.OWNER, null)).isEmpty();
    assertThat(SUPPORT.recipients(Audience.TEAM_LEAD, owner)).containsExactly(Member.of("lea"));
    assertThat(SUPPORT.recipients(Audience.MANAGER, owner)).containsExactly(Member.of("max"));
    assertThat(SUPPORT.recipients(Audience.role("legal"), owner))
        .containsExactly(Member.of("lena"), Member.of("leo"));
    assertThat(SUPPORT.recipients(Audience.role("finance"), owner)).isEmpty();
    assertThat(Team.of("t", "a").recipients(Audience.TEAM_LEAD, owner)).isEmpty();
  }

  @Test
  void badTeamsAreRejected() {
    assertThatThrownBy(() -> Team.of("support"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("members of team support must be not empty, but was none");
    assertThatThrownBy(() -> Team.of("support", "ana", "ana"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member of team support must be unique, but was ana");
    assertThatThrownBy(() -> Team.of("support", "ana@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("member id must be 1-64 characters");
    assertThatThrownBy(() -> Team.of("two words", "ana"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("team name must be 1-64 characters");
  }
}
