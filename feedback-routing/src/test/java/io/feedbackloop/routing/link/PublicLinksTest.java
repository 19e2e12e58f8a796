package io.feedbackloop.routing.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.internal.link.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicLinksTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemoryLinkStore store = InMemoryLinkStore.create();

  private PublicLinks links(int perMinute) {
    return PublicLinks.builder()
        .baseUrl(URI.create("https://feedback.example.com"))
        .store(store)
        .clock(clock)
        .ratePerMinute(perMinute)
        .duplicateWindow(Duration.ofHours(1))
        .build();
  }

  private Instant now() {
    return clock.instant();
  }

  @Test
  void aPublicLinkHasItsOwnTokenAndOnlyItsHashIsStored() {
    PublicLink link = links(10).create(TENANT, "store-visit");
    assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(link.url()).hasToString("https://feedback.example.com/p/" + link.token());
    assertThat(store.findPublic(Tokens.sha256Hex(link.token())))
        .contains(new PublicLinkRecord(TENANT, Tokens.sha256Hex(link.token()), "store-visit", now()));
    assertThat(store.snapshot().toString()).doesNotContain(link.token());
    assertThat(link.toString()).isEqualTo("PublicLink[tenant=acme, surveyId=store-visit]");
  }

  @Test
  void admitsUpToTheRateThenLimitsUntilTheBucketRefills() {
    PublicLinks links = links(3);
    PublicLink link = links.create(TENANT, "nps");
    for (int i = 0; i < 3; i++) {
      assertThat(links.admit(link.token(), "device-" + i, now()).outcome())
          .isEqualTo(Admission.Outcome.ADMITTED);
    }
    Admission limited = links.admit(link.token(), "device-9", now());
    assertThat(limited).isEqualTo(new Admission(Admission.Outcome.RATE_LIMITED, TENANT, "nps"));
    clock.advance(Duration.ofSeconds(19));
    assertThat(links.admit(link.token(), "device-9", now()).outcome())
        .as("a third of a permit short")
        .isEqualTo(Admission.Outcome.RATE_LIMITED);
    clock.advance(Duration.ofSeconds(1));
    assertThat(links.admit(link.token(), "device-9", now()).admitted()).isTrue();
    PublicLink other = links.create(TENANT, "nps");
    assertThat(links.admit(other.token(), "device-9", now()).admitted()).as("per link").isTrue();
  }

  @Test
  void theSameDeviceWithinTheWindowIsADuplicateAndDoesNotUseUpTheRate() {
    PublicLinks links = links(2);
    PublicLink link = links.create(TENANT, "nps");
    assertThat(links.admit(link.token(), "phone-1", now()).admitted()).isTrue();
    clock.advance(Duration.ofMinutes(59));
    for (int i = 0; i < 5; i++) {
      assertThat(links.admit(link.token(), "phone-1", now()).outcome())
          .isEqualTo(Admission.Outcome.DUPLICATE);
    }
    assertThat(links.admit(link.token(), "phone-2", now()).admitted()).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(links.admit(link.token(), "phone-1", now()).admitted()).as("window over").isTrue();
  }

  @Test
  void theSameRespondentIsADuplicateThroughTheStore() {
    PublicLinks links = links(100);
    PublicLink link = links.create(TENANT, "nps");
    RespondentId ana = RespondentId.of("customer-42");
    assertThat(links.admit(link.token(), ana, now()).admitted()).isTrue();
    // a second instance (another node) shares the store, not the memory
    PublicLinks otherNode = links(100);
    assertThat(otherNode.admit(link.token(), ana, now().plusSeconds(5)).outcome())
        .isEqualTo(Admission.Outcome.DUPLICATE);
    assertThat(otherNode.admit(link.token(), ana, now().plus(Duration.ofHours(1))).admitted())
        .isTrue();
    assertThat(store.snapshot().toString()).doesNotContain("customer-42");
  }

  @Test
  void aRespondentDuplicateGivesItsPermitBack() {
    PublicLinks links = links(2);
    PublicLink link = links.create(TENANT, "nps");
    RespondentId ana = RespondentId.of("customer-42");
    assertThat(links.admit(link.token(), ana, now()).admitted()).isTrue();
    assertThat(links.admit(link.token(), ana, now()).outcome()).isEqualTo(Admission.Outcome.DUPLICATE);
    assertThat(links.admit(link.token(), RespondentId.of("customer-43"), now()).admitted()).isTrue();
    assertThat(links.admit(link.token(), RespondentId.of("customer-44"), now()).outcome())
        .isEqualTo(Admission.Outcome.RATE_LIMITED);
  }

  @Test
  void anUnknownOrMalformedTokenIsReportedAsSuch() {
    PublicLinks links = links(10);
    assertThat(links.admit("C".repeat(43), "d", now())).isEqualTo(new Admission(Admission.Outcome.UNKNOWN_LINK, null, null));
    assertThat(links.admit("../etc", RespondentId.of("r"), now()).outcome())
        .isEqualTo(Admission.Outcome.UNKNOWN_LINK);
  }

  @Test
  void checksItsArguments() {
    assertThatThrownBy(() -> PublicLinks.builder().ratePerMinute(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratePerMinute must be > 0, but was 0");
    assertThatThrownBy(() -> PublicLinks.builder().duplicateWindow(Duration.ZERO))
        .hasMessage("duplicateWindow must be > 0, but was PT0S");
    assertThatThrownBy(() -> links(1).admit("x", " ", now()))
        .hasMessage("deviceId must not be blank, but was ' '");
    assertThatThrownBy(() -> new Admission(Admission.Outcome.ADMITTED, null, null))
        .hasMessage("tenant and surveyId must be absent exactly when the link is unknown, but was ADMITTED with tenant null");
  }
}
