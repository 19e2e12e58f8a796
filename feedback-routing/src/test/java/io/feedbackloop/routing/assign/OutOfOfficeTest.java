package io.feedbackloop.routing.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutOfOfficeTest {
  private static final TenantId SHOP = TenantId.of("webshop");
  private static final TenantId OTHER = TenantId.of("other");
  private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant THURSDAY = Instant.parse("2026-03-05T00:00:00Z");

  @Test
  void aMemberIsAwayFromTheStartUntilJustBeforeTheEnd() {
    OutOfOffice ooo = OutOfOffice.builder().away("ana", MONDAY, THURSDAY).build();
    Member ana = Member.of("ana");

    assertThat(ooo.isAvailable(SHOP, ana, MONDAY.minusSeconds(1))).isTrue();
    assertThat(ooo.isAvailable(SHOP, ana, MONDAY)).isFalse();
    assertThat(ooo.isAvailable(OTHER, ana, THURSDAY.minusSeconds(1))).isFalse();
    assertThat(ooo.isAvailable(SHOP, ana, THURSDAY)).isTrue();
    assertThat(ooo.isAvailable(SHOP, Member.of("ben"), MONDAY)).isTrue();
    assertThat(ooo).hasToString("OutOfOffice[absences=1]");
  }

  @Test
  void anAbsenceCanBeForOneTenant() {
    OutOfOffice ooo = OutOfOffice.builder().away(SHOP, "ana", MONDAY, THURSDAY).build();

    assertThat(ooo.isAvailable(SHOP, Member.of("ana"), MONDAY)).isFalse();
    assertThat(ooo.isAvailable(OTHER, Member.of("ana"), MONDAY)).isTrue();
  }

  @Test
  void availabilitiesCombine() {
    Availability both =
        OutOfOffice.builder()
            .away("ana", MONDAY, THURSDAY)
            .build()
            .and(OutOfOffice.builder().away("ben", MONDAY, THURSDAY).build());

    assertThat(both.isAvailable(SHOP, Member.of("ana"), MONDAY)).isFalse();
    assertThat(both.isAvailable(SHOP, Member.of("ben"), MONDAY)).isFalse();
    assertThat(both.isAvailable(SHOP, Member.of("cid"), MONDAY)).isTrue();
    assertThat(Availability.always().isAvailable(SHOP, Member.of("ana"), MONDAY)).isTrue();
  }

  @Test
  void anAbsenceMustEndAfterItStarts() {
    assertThatThrownBy(() -> OutOfOffice.builder().away("ana", THURSDAY, MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "absence end must be after its start 2026-03-05T00:00:00Z, but was"
                + " 2026-03-02T00:00:00Z");
  }
}
