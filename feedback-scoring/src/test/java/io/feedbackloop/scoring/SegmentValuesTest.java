package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link TimeWindow}, {@link Dimension} and {@link SegmentKey}. */
@SuppressWarnings("NullAway") // passes null on purpose; looks up keys known to exist
class SegmentValuesTest {

  @Test
  void windowsStartOnTheDayTheMondayAndTheFirst() {
    LocalDate sunday = LocalDate.parse("2026-11-22");
    LocalDate monday = LocalDate.parse("2026-11-23");
    assertThat(TimeWindow.DAY.start(sunday)).as("day").isEqualTo(sunday);
    assertThat(TimeWindow.WEEK.start(sunday)).as("Sunday's week")
        .isEqualTo(LocalDate.parse("2026-11-16"));
    assertThat(TimeWindow.WEEK.start(monday)).as("Monday's week").isEqualTo(monday);
    assertThat(TimeWindow.MONTH.start(sunday)).as("month")
        .isEqualTo(LocalDate.parse("2026-11-01"));
    assertThat(TimeWindow.DAY.next(sunday)).as("next day").isEqualTo(monday);
    assertThat(TimeWindow.WEEK.next(sunday)).as("next week").isEqualTo(monday);
    assertThat(TimeWindow.WEEK.next(monday)).as("week after Monday")
        .isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(TimeWindow.MONTH.next(LocalDate.parse("2026-12-31"))).as("next month")
        .isEqualTo(LocalDate.parse("2027-01-01"));
    assertThat(TimeWindow.DAY.start(Instant.parse("2026-11-22T23:30:00Z"),
        ZoneId.of("Europe/Stockholm"))).as("23:30 UTC is the next day in Stockholm")
        .isEqualTo(monday);
    assertThat(TimeWindow.DAY.start(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("UTC")))
        .as("still Sunday in UTC").isEqualTo(sunday);
    assertThatThrownBy(() -> TimeWindow.DAY.start(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date must not be null");
    assertThatThrownBy(() -> TimeWindow.DAY.start(null, ZoneId.of("UTC")))
        .isInstanceOf(NullPointerException.class).hasMessage("instant must not be null");
    assertThatThrownBy(() -> TimeWindow.DAY.start(Instant.EPOCH, null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone must not be null");
  }

  @Test
  void dimensionsReadAttributesTouchpointAndChannel() {
    Response r = Response.builder(TenantId.of("acme"), "s").touchpoint("delivery")
        .channel(Channel.IN_APP).attribute("region", "north").build();
    Response bare = Response.builder(TenantId.of("acme"), "s").build();
    assertThat(Dimension.attribute("region").valueOf(r)).as("attribute").isEqualTo("north");
    assertThat(Dimension.attribute("region").valueOf(bare)).as("absent attribute").isEmpty();
    assertThat(Dimension.touchpoint().valueOf(r)).as("touchpoint").isEqualTo("delivery");
    assertThat(Dimension.touchpoint().valueOf(bare)).as("absent touchpoint")
        .isEqualTo(SegmentKey.ABSENT);
    assertThat(Dimension.channel().valueOf(r)).as("channel wire name").isEqualTo("in_app");
    assertThat(Dimension.attribute("region").name()).as("name").isEqualTo("region");
    assertThat(Dimension.touchpoint().name()).as("name").isEqualTo("touchpoint");
    assertThat(Dimension.channel().name()).as("name").isEqualTo("channel");
    assertThat(Dimension.attribute("region")).as("equal by name")
        .isEqualTo(Dimension.attribute("region"))
        .hasSameHashCodeAs(Dimension.attribute("region"))
        .isNotEqualTo(Dimension.attribute("city"))
        .isNotEqualTo("region");
    assertThat(Dimension.attribute("touchpoint")).as("attribute named touchpoint")
        .isNotEqualTo(Dimension.touchpoint());
    assertThat(Dimension.attribute("channel").hashCode()).as("hash differs by kind")
        .isNotEqualTo(Dimension.channel().hashCode());
    assertThat(Dimension.attribute("region")).as("toString").hasToString("attribute(region)");
    assertThat(Dimension.touchpoint()).as("toString").hasToString("touchpoint()");
    assertThat(Dimension.channel()).as("toString").hasToString("channel()");
    assertThatThrownBy(() -> Dimension.attribute(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> Dimension.attribute(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> Dimension.channel().valueOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("response must not be null");
  }

  static Map<String, String> ordered(String... nameValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      m.put(nameValues[i], nameValues[i + 1]);
    }
    return m;
  }

  @Test
  void keysAreImmutableValuesOrderedByDimensionThenWindow() {
    Map<String, String> source = ordered("touchpoint", "delivery", "region", "north");
    SegmentKey k = SegmentKey.of(source);
    source.put("region", "south");
    assertThat(k.values()).as("copied, order kept")
        .containsExactly(Map.entry("touchpoint", "delivery"), Map.entry("region", "north"));
    assertThatThrownBy(() -> k.values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(k).as("equality ignores order")
        .isEqualTo(SegmentKey.of(ordered("region", "north", "touchpoint", "delivery")));
    LocalDate d = LocalDate.parse("2026-11-23");
    SegmentKey w = SegmentKey.of(ordered("touchpoint", "delivery", "region", "north"), d);
    assertThat(w.windowStart()).as("window").contains(d);
    assertThat(w.withoutWindow()).as("without window").isEqualTo(k);
    assertThat(k.withoutWindow()).as("already without window").isSameAs(k);

    List<SegmentKey> keys = new ArrayList<>(List.of(
        w,
        SegmentKey.of(ordered("touchpoint", "delivery", "region", "north"),
            LocalDate.parse("2026-11-16")),
        SegmentKey.of(ordered("touchpoint", "purchase", "region", "")),
        k,
        SegmentKey.of(ordered("touchpoint", "delivery", "region", "")),
        SegmentKey.of(ordered("touchpoint", "delivery"))));
    Collections.shuffle(keys, new java.util.Random(1));
    Collections.sort(keys);
    assertThat(keys).as("sorted").containsExactly(
        SegmentKey.of(ordered("touchpoint", "delivery")),
        SegmentKey.of(ordered("touchpoint", "delivery", "region", "")),
        k,
        SegmentKey.of(ordered("touchpoint", "delivery", "region", "north"),
            LocalDate.parse("2026-11-16")),
        w,
        SegmentKey.of(ordered("touchpoint", "purchase", "region", "")));
    assertThat(k.compareTo(SegmentKey.of(ordered("region", "delivery")))).as("by name first")
        .isPositive();
    assertThat(SegmentKey.of(ordered("a", "x", "b", "y"))
        .compareTo(SegmentKey.of(ordered("a", "x")))).as("longer after shorter").isPositive();
    assertThat(w.compareTo(k)).as("window after none").isPositive();
    assertThat(k.compareTo(w)).as("none before window").isNegative();
    assertThat(k.compareTo(SegmentKey.of(ordered("touchpoint", "delivery", "region", "north"))))
        .as("equal").isZero();
    assertThat(w.compareTo(SegmentKey.of(ordered("touchpoint", "delivery", "region", "north"),
        d))).as("equal windowed").isZero();

    Map<String, String> withNull = new HashMap<>();
    withNull.put("region", null);
    assertThatThrownBy(() -> SegmentKey.of(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("value of region must not be null");
    Map<String, String> nullName = new HashMap<>();
    nullName.put(null, "x");
    assertThatThrownBy(() -> SegmentKey.of(nullName)).isInstanceOf(NullPointerException.class)
        .hasMessage("dimension name must not be null");
    assertThatThrownBy(() -> SegmentKey.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("values must not be null");
    assertThatThrownBy(() -> SegmentKey.of(Map.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("windowStart must not be null");
    assertThatThrownBy(() -> new SegmentKey(Map.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("windowStart must not be null");
    assertThat(new SegmentKey(Map.of(), Optional.empty())).as("overall key")
        .isEqualTo(SegmentKey.of(Map.of()));
  }
}
