package io.feedbackloop.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResponseTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  private static Response.Builder base() {
    return Response.builder(ACME, "post-delivery")
        .id("r-1")
        .respondent("customer-42")
        .touchpoint("delivery")
        .channel(Channel.EMAIL)
        .locale(Locale.forLanguageTag("sv"))
        .submittedAt(T0)
        .answer("nps", 3)
        .answer("comment", "Paketet kom för sent")
        .attribute("region", "north");
  }

  @Test
  void builderDefaults() {
    Response r =
        Response.builder(ACME, "s").clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    assertThat(r.surveyVersion()).isEqualTo(1);
    assertThat(r.channel()).isEqualTo(Channel.API);
    assertThat(r.submittedAt()).isEqualTo(T0);
    assertThat(r.id()).matches("[0-9a-f-]{36}");
    assertThat(r.idempotencyKey()).isEqualTo(r.id());
    assertThat(r.respondent()).isEmpty();
    assertThat(r.touchpoint()).isEmpty();
    assertThat(r.locale()).isEmpty();
  }

  @Test
  void holdsWhatWasGiven() {
    Response r = base().idempotencyKey("order-1").build();
    assertThat(r.tenant()).isEqualTo(ACME);
    assertThat(r.respondent()).contains(RespondentId.of("customer-42"));
    assertThat(r.touchpoint()).contains("delivery");
    assertThat(r.answer("nps")).contains(new ScoreAnswer("nps", 3));
    assertThat(r.answer("none")).isEmpty();
    assertThat(r.attributes()).containsEntry("region", "north");
    assertThat(r.idempotencyKey()).isEqualTo("order-1");
    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.hashCode()).isNotEqualTo(r.toBuilder().id("r-9").build().hashCode());
    assertThat(r.locale()).contains(Locale.forLanguageTag("sv"));
    assertThat(base().respondent((RespondentId) null).build().respondent()).isEmpty();
    assertThat(base().attribute("note", "x".repeat(1000)).build().attributes().get("note")).hasSize(1000);
    assertThat(base().idempotencyKey("k".repeat(128)).build().idempotencyKey()).hasSize(128);
  }

  @Test
  void sameContentIgnoresIdTimeAndKeyOnly() {
    Response r = base().build();
    assertThat(r.sameContentAs(base().id("r-2").submittedAt(T0.plusSeconds(5)).idempotencyKey("k").build()))
        .isTrue();
    assertThat(r.sameContentAs(base().answer("csat", 4).build())).isFalse();
    assertThat(r.sameContentAs(base().attribute("region", "south").build())).isFalse();
    assertThat(r.sameContentAs(base().respondent("customer-43").build())).isFalse();
    assertThat(r.sameContentAs(base().channel(Channel.SMS).build())).isFalse();
    assertThat(r.sameContentAs(base().surveyVersion(2).build())).isFalse();
    assertThat(r.sameContentAs(base().locale(null).build())).isFalse();
    assertThat(r.sameContentAs(base().touchpoint(null).build())).isFalse();
    assertThat(r).isNotEqualTo(base().id("r-2").build());
  }

  @Test
  void toStringShowsNoFreeTextOrAttributeValues() {
    Response r = base().build();
    assertThat(r.toString())
        .contains("r-1", "acme", "post-delivery", "answers=2", "[region]")
        .doesNotContain("Paketet", "north");
    assertThat(new TextAnswer("comment", "Paketet kom för sent"))
        .hasToString("TextAnswer[questionId=comment, text=<20 characters>]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void checksItsArguments() {
    assertThatThrownBy(() -> base().attribute("bad name", "x"))
        .hasMessageStartingWith("attribute name must be 1-64 characters");
    assertThatThrownBy(() -> base().attribute("note", "x".repeat(1001)))
        .hasMessage("length of attribute note must be <= 1000, but was 1001");
    Response.Builder many = base();
    for (int i = 1; i < Response.MAX_ATTRIBUTES; i++) {
      many.attribute("a" + i, "v");
    }
    assertThatThrownBy(() -> many.attribute("one-more", "v"))
        .hasMessage("number of attributes must be <= 64, but was 65");
    many.attribute("region", "replacing is fine");
    assertThatThrownBy(() -> base().idempotencyKey("line\nbreak"))
        .hasMessage("idempotencyKey must be free of control characters, but was 'line?break'");
    assertThatThrownBy(() -> base().idempotencyKey("k".repeat(129)))
        .hasMessage("idempotencyKey length must be <= 128, but was 129");
    assertThatThrownBy(() -> base().surveyVersion(0)).hasMessage("surveyVersion must be > 0, but was 0");
    assertThatThrownBy(() -> Response.builder(ACME, "s").answer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answer must not be null");
  }

  @Test
  void respondentIdsAreOpaqueNotContactDetails() {
    assertThatThrownBy(() -> RespondentId.of("jane@example.com"))
        .hasMessage(
            "respondent must be free of control characters and '@' (use an opaque id, not an e-mail"
                + " address), but was a value containing one (not shown, it may be personal data)");
    assertThatThrownBy(() -> RespondentId.of("x".repeat(129)))
        .hasMessage("respondent length must be <= 128, but was 129");
    assertThat(RespondentId.of("customer-42")).hasToString("customer-42");
  }

  @Test
  void channelsHaveStableWireNames() {
    assertThat(Channel.IN_APP.wireName()).isEqualTo("in_app");
    for (Channel c : Channel.values()) {
      assertThat(Channel.fromWireName(c.wireName())).contains(c);
    }
    assertThat(Channel.fromWireName("fax")).isEmpty();
  }

  @Test
  void choiceAnswersAreCopied() {
    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of("a"));
    ChoiceAnswer answer = new ChoiceAnswer("q", ids);
    ids.add("b");
    assertThat(answer.choiceIds()).containsExactly("a");
    assertThat(answer.typeName()).isEqualTo("choice");
    assertThat(new ScoreAnswer("q", 1).typeName()).isEqualTo("score");
    assertThat(new ThumbsAnswer("q", true).typeName()).isEqualTo("thumbs");
    assertThat(new TextAnswer("q", "").typeName()).isEqualTo("text");
  }
}
