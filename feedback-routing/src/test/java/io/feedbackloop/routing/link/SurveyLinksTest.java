package io.feedbackloop.routing.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.internal.link.Tokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyLinksTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final RespondentId ANA = RespondentId.of("customer-42");
  private static final URI BASE = URI.create("https://feedback.example.com");
  private static final byte[] K1 = key(1);
  private static final byte[] K2 = key(2);

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final Instant inAWeek = clock.instant().plus(Duration.ofDays(7));
  private final InMemoryLinkStore store = InMemoryLinkStore.create();
  private final List<LinkRejection> heard = new ArrayList<>();

  private static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  private SurveyLinks.Builder builder() {
    return SurveyLinks.builder()
        .baseUrl(BASE)
        .store(store)
        .clock(clock)
        .rejectionListener(heard::add);
  }

  private SurveyLinks opaque() {
    return builder().build();
  }

  private SurveyLinks signed(SigningKeys keys) {
    return builder().tokenMode(TokenMode.SIGNED).signingKeys(keys).build();
  }

  private IssuedLink issue(SurveyLinks links) {
    return links.issue(TENANT, "nps", ANA, "inv-1", inAWeek);
  }

  private static String refusal(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isExactlyInstanceOf(InvalidLinkException.class);
    return String.valueOf(t.getMessage());
  }

  @Test
  void anOpaqueTokenIs256RandomBitsInBase64UrlAndTheUrlCarriesIt() {
    SurveyLinks links = opaque();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      IssuedLink link = issue(links);
      assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
      assertThat(Base64.getUrlDecoder().decode(link.token())).hasSize(32);
      assertThat(link.url()).hasToString("https://feedback.example.com/s/" + link.token());
      assertThat(link.expiresAt()).isEqualTo(inAWeek);
      seen.add(link.token());
    }
    assertThat(seen).hasSize(500);
  }

  @Test
  void theTokenComesFromTheConfiguredSecureRandom() {
    SecureRandom fixed =
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, (byte) 0xfb);
          }
        };
    IssuedLink link = builder().secureRandom(fixed).build().issue(TENANT, "nps", ANA, "i", inAWeek);
    byte[] expected = new byte[32];
    Arrays.fill(expected, (byte) 0xfb);
    assertThat(link.token()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
  }

  @Test
  void theStoreKeepsTheHashAndTheLinkDataButNeverTheToken() {
    IssuedLink link = issue(opaque());
    LinkRecord r = store.find(Tokens.sha256Hex(link.token())).orElseThrow();
    assertThat(r)
        .isEqualTo(new LinkRecord(TENANT, Tokens.sha256Hex(link.token()), "nps", ANA, "inv-1", inAWeek, null));
    assertThat(store.snapshot().toString()).doesNotContain(link.token());
    assertThat(link.toString()).doesNotContain(link.token());
  }

  @Test
  void aLinkWorksUntilJustBeforeItsExpiryAndNotAtIt() {
    SurveyLinks links = opaque();
    IssuedLink link = issue(links);
    clock.set(inAWeek.minusNanos(1));
    assertThat(links.open(link.token()).subject())
        .isEqualTo(new LinkSubject(TENANT, "nps", ANA, "inv-1", inAWeek));
    clock.set(inAWeek);
    refusal(() -> links.open(link.token()));
    refusal(() -> links.redeem(link.token(), inAWeek));
    assertThat(heard).containsExactly(LinkRejection.EXPIRED, LinkRejection.EXPIRED);
    assertThat(links.redeem(link.token(), inAWeek.minusNanos(1)).invitationId()).isEqualTo("inv-1");
  }

  @Test
  void redeemingConsumesTheLinkOnce() {
    SurveyLinks links = opaque();
    IssuedLink link = issue(links);
    LinkSubject s = links.redeem(link.token(), clock.instant());
    assertThat(s).isEqualTo(new LinkSubject(TENANT, "nps", ANA, "inv-1", inAWeek));
    refusal(() -> links.redeem(link.token(), clock.instant()));
    refusal(() -> links.open(link.token()));
    assertThat(heard).containsExactly(LinkRejection.USED, LinkRejection.USED);
    assertThat(store.find(Tokens.sha256Hex(link.token())).orElseThrow().usedAt())
        .isEqualTo(clock.instant());
  }

  @Test
  void everyBadTokenGetsTheSameExceptionAndMessageWhileTheReasonGoesToTheListener() {
    SurveyLinks links = signed(SigningKeys.builder().current("k2", K2).verifyOnly("k1", K1).build());
    IssuedLink expired = links.issue(TENANT, "nps", ANA, "inv-e", clock.instant().plusSeconds(60));
    IssuedLink used = issue(opaque());
    links.redeem(used.token(), clock.instant());
    IssuedLink good = issue(links);
    String tampered = tamperRespondent(good.token());
    IssuedLink byDroppedKey =
        signed(SigningKeys.of("k0", key(9))).issue(TENANT, "nps", ANA, "inv-0", inAWeek);
    clock.advance(Duration.ofMinutes(2));

    List<String> messages =
        List.of(
            refusal(() -> links.open("A".repeat(43))),
            refusal(() -> links.open("not a token")),
            refusal(() -> links.open(expired.token())),
            refusal(() -> links.redeem(used.token(), clock.instant())),
            refusal(() -> links.open(tampered)),
            refusal(() -> links.redeem(byDroppedKey.token(), clock.instant())));
    assertThat(new HashSet<>(messages)).containsExactly(InvalidLinkException.MESSAGE);
    assertThat(InvalidLinkException.MESSAGE).isEqualTo("this survey link is invalid or no longer usable");
    assertThat(heard)
        .containsExactly(
            LinkRejection.UNKNOWN,
            LinkRejection.MALFORMED,
            LinkRejection.EXPIRED,
            LinkRejection.USED,
            LinkRejection.BAD_SIGNATURE,
            LinkRejection.UNKNOWN_KEY);
    assertThat(links.rejections())
        .containsEntry(LinkRejection.UNKNOWN, 1L)
        .containsEntry(LinkRejection.BAD_SIGNATURE, 1L)
        .containsEntry(LinkRejection.UNKNOWN_KEY, 1L)
        .hasSize(LinkRejection.values().length);
  }

  /** Swaps the respondent in a signed token's payload and keeps its MAC. */
  private static String tamperRespondent(String token) {
    int dot = token.indexOf('.');
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    assertThat(payload).contains("\ncustomer-42\n");
    String forged = payload.replace("\ncustomer-42\n", "\ncustomer-43\n");
    return Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
        + token.substring(dot);
  }

  @Test
  void signedTokensCarryTheirDataAndAreRedeemedOnceThroughTheStore() {
    SurveyLinks links = signed(SigningKeys.of("k1", K1));
    IssuedLink link = links.issue(TENANT, "nps", ANA, "inv-9", inAWeek.plusMillis(999));
    assertThat(link.expiresAt()).as("rounded down to the second").isEqualTo(inAWeek);
    assertThat(link.token()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    assertThat(store.snapshot()).as("nothing stored at issue").isEmpty();

    assertThat(links.open(link.token()).subject())
        .isEqualTo(new LinkSubject(TENANT, "nps", ANA, "inv-9", inAWeek));
    assertThat(store.snapshot()).as("opening stores nothing").isEmpty();
    assertThat(links.redeem(link.token(), clock.instant()).invitationId()).isEqualTo("inv-9");
    refusal(() -> links.redeem(link.token(), clock.instant()));
    refusal(() -> links.open(link.token()));
    assertThat(heard).containsExactly(LinkRejection.USED, LinkRejection.USED);
    LinkRecord use = store.find(Tokens.sha256Hex(link.token())).orElseThrow();
    assertThat(use.usedAt()).isEqualTo(clock.instant());
    assertThat(store.snapshot().toString()).doesNotContain(link.token());
  }

  @Test
  void twoIssuesForTheSameInvitationAreDifferentTokens() {
    SurveyLinks links = signed(SigningKeys.of("k1", K1));
    IssuedLink a = issue(links);
    IssuedLink b = issue(links);
    assertThat(a.token()).isNotEqualTo(b.token());
    links.redeem(a.token(), clock.instant());
    assertThat(links.open(b.token()).subject().invitationId()).isEqualTo("inv-1");
  }

  @Test
  void keyRotationSignsWithTheCurrentKeyVerifiesWithListedKeysAndDropsRemovedOnes() {
    IssuedLink old = issue(signed(SigningKeys.of("k1", K1)));

    SurveyLinks rotated = signed(SigningKeys.builder().current("k2", K2).verifyOnly("k1", K1).build());
    assertThat(rotated.open(old.token()).subject().invitationId()).isEqualTo("inv-1");
    IssuedLink fresh = issue(rotated);
    // the new link verifies with k2 alone: it was signed with the current key
    SurveyLinks onlyNew = signed(SigningKeys.of("k2", K2));
    assertThat(onlyNew.open(fresh.token()).subject().respondent()).isEqualTo(ANA);
    refusal(() -> onlyNew.open(old.token()));
    assertThat(heard).containsExactly(LinkRejection.UNKNOWN_KEY);

    // same key id, different secret: the MAC does not match
    SurveyLinks wrongSecret = signed(SigningKeys.of("k1", K2));
    refusal(() -> wrongSecret.open(old.token()));
    assertThat(heard).containsExactly(LinkRejection.UNKNOWN_KEY, LinkRejection.BAD_SIGNATURE);
  }

  @Test
  void anOpaqueModeInstanceWithoutKeysRefusesSignedTokens() {
    IssuedLink link = issue(signed(SigningKeys.of("k1", K1)));
    refusal(() -> opaque().open(link.token()));
    assertThat(heard).containsExactly(LinkRejection.UNKNOWN_KEY);
  }

  @Test
  void aSignedModeInstanceStillAcceptsOpaqueLinksSentEarlier() {
    IssuedLink link = issue(opaque());
    assertThat(signed(SigningKeys.of("k1", K1)).redeem(link.token(), clock.instant()).surveyId())
        .isEqualTo("nps");
  }

  @Test
  void aOneClickScoreIsPrefilledAndOpeningNeverRedeems() {
    SurveyLinks links = opaque();
    IssuedLink link = issue(links);
    URI oneClick = SurveyLinks.oneClickUrl(link, 9);
    assertThat(oneClick).hasToString(link.url() + "?score=9");
    String score = oneClick.getQuery().substring("score=".length());
    for (int i = 0; i < 3; i++) {
      assertThat(links.open(link.token(), score).prefilledScore()).isEqualTo(OptionalInt.of(9));
    }
    assertThat(store.find(Tokens.sha256Hex(link.token())).orElseThrow().used()).isFalse();
    for (String bad : Arrays.asList("11", "-1", "9a", " 9", "", "0010", null)) {
      assertThat(links.open(link.token(), bad).prefilledScore()).as("%s", bad).isEmpty();
    }
    assertThat(links.open(link.token(), "0").prefilledScore()).isEqualTo(OptionalInt.of(0));
    assertThat(links.open(link.token(), "10").prefilledScore()).isEqualTo(OptionalInt.of(10));
    assertThat(links.open(link.token(), "5", Scale.csat()).prefilledScore()).isEqualTo(OptionalInt.of(5));
    assertThat(links.open(link.token(), "0", Scale.csat()).prefilledScore()).isEmpty();
    assertThat(links.redeem(link.token(), clock.instant()).respondent()).isEqualTo(ANA);
  }

  @Test
  void aOneClickUrlNeedsAScoreOnTheScale() {
    IssuedLink link = issue(opaque());
    assertThatThrownBy(() -> SurveyLinks.oneClickUrl(link, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be on the scale 0..10, but was 11");
    assertThatThrownBy(() -> SurveyLinks.oneClickUrl(link, 6, Scale.csat()))
        .hasMessage("score must be on the scale 1..5, but was 6");
  }

  @Test
  void theUnsubscribeUrlAndThePathParser() {
    IssuedLink link = issue(opaque());
    URI unsubscribe = SurveyLinks.unsubscribeUrl(link);
    assertThat(unsubscribe).hasToString(link.url() + "/unsubscribe");
    assertThat(SurveyLinks.tokenFromPath(unsubscribe.getPath())).contains(link.token());
    assertThat(SurveyLinks.tokenFromPath(link.url().getPath())).contains(link.token());
    assertThat(SurveyLinks.tokenFromPath("/app/s/a.b_c-d/")).contains("a.b_c-d");
    assertThat(SurveyLinks.tokenFromPath("/p/abc")).isEmpty();
    assertThat(SurveyLinks.tokenFromPath("/s/abc/other")).isEmpty();
    assertThat(SurveyLinks.tokenFromPath("/s/")).isEmpty();
  }

  @Test
  void anUnsubscribeAcceptsUsedAndExpiredLinksButNotUnknownOnes() {
    SurveyLinks links = opaque();
    SurveyLinks signedLinks = signed(SigningKeys.of("k1", K1));
    IssuedLink used = issue(links);
    links.redeem(used.token(), clock.instant());
    IssuedLink signed = issue(signedLinks);
    signedLinks.redeem(signed.token(), clock.instant());
    clock.set(inAWeek.plus(Duration.ofDays(30)));
    assertThat(links.unsubscribeSubject(used.token()).respondent()).isEqualTo(ANA);
    assertThat(signedLinks.unsubscribeSubject(signed.token()).tenant()).isEqualTo(TENANT);
    refusal(() -> links.unsubscribeSubject("B".repeat(43)));
    refusal(() -> signedLinks.unsubscribeSubject(tamperRespondent(signed.token())));
    assertThat(heard).containsExactly(LinkRejection.UNKNOWN, LinkRejection.BAD_SIGNATURE);
  }

  @Test
  void aThrowingListenerDoesNotChangeTheRefusal() {
    SurveyLinks links =
        builder()
            .rejectionListener(
                r -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();
    assertThat(refusal(() -> links.open("x"))).isEqualTo(InvalidLinkException.MESSAGE);
    assertThat(links.rejections()).containsEntry(LinkRejection.MALFORMED, 1L);
  }

  @Test
  void issuingChecksItsArguments() {
    SurveyLinks links = opaque();
    assertThatThrownBy(() -> links.issue(TENANT, "nps", ANA, "inv", clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAt must be after now (2026-03-02T09:00:00Z), but was 2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> links.issue(TENANT, "bad survey", ANA, "inv", inAWeek))
        .hasMessageStartingWith("surveyId must be 1-64 characters");
    assertThatThrownBy(() -> links.issue(TENANT, "nps", ANA, "in\nv", inAWeek))
        .hasMessage("invitationId must be free of control characters, but was 'in?v'");
    assertThatThrownBy(() -> links.issue(TENANT, "nps", ANA, "x".repeat(129), inAWeek))
        .hasMessage("invitationId length must be <= 128, but was 129");
  }

  @Test
  void theBuilderNeedsItsParts() {
    assertThatThrownBy(() -> SurveyLinks.builder().store(store).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SurveyLinks needs baseUrl(...) and store(...), but baseUrl is missing");
    assertThatThrownBy(() -> SurveyLinks.builder().baseUrl(BASE).store(store).tokenMode(TokenMode.SIGNED).build())
        .hasMessage("TokenMode.SIGNED needs signingKeys(...)");
    assertThatThrownBy(() -> SurveyLinks.builder().baseUrl(URI.create("https://x.example/a?b=c")))
        .hasMessage("baseUrl must be an absolute http(s) URL without query or fragment, but was https://x.example/a?b=c");
    assertThatThrownBy(() -> SigningKeys.of("k1", new byte[16]))
        .hasMessage("secret length of key k1 must be >= 32 bytes, but was 16");
    assertThatThrownBy(() -> SigningKeys.builder().current("k1", K1).verifyOnly("k1", K2))
        .hasMessage("keyId must be listed once, but was k1 (twice)");
    assertThat(SigningKeys.of("k1", K1).toString()).isEqualTo("SigningKeys[current=k1, verifying=[k1]]");
  }
}
