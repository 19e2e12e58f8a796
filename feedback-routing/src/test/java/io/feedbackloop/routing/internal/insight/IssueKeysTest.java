package io.feedbackloop.routing.internal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.rules.Checks;
import org.junit.jupiter.api.Test;

class IssueKeysTest {

  @Test
  void caseKeyIsAnIdentifierWithTheTopicAndADigestOfTheWholeIssueId() {
    String k = IssueKeys.caseKey("delivery:region=north:1772438400", "delivery");
    assertThat(k).isEqualTo("issue-delivery-" + IssueKeys.digest("delivery:region=north:1772438400").substring(0, 16));
    assertThat(k).hasSize(31);
    assertThat(Checks.isIdentifier(k)).isTrue();
    assertThat(IssueKeys.caseKey("delivery:region=south:1772438400", "delivery")).isNotEqualTo(k);
    assertThat(IssueKeys.caseKey("delivery:region=north:1772438400", "delivery")).isEqualTo(k);
  }

  @Test
  void caseKeyKeepsOnlySafeTopicCharactersAndAtMost32OfThem() {
    assertThat(IssueKeys.caseKey("x", "Late Delivery!")).startsWith("issue-latedelivery-");
    assertThat(IssueKeys.caseKey("x", "ÅÄÖ")).matches("issue-[0-9a-f]{16}");
    String k = IssueKeys.caseKey("x", "t".repeat(100));
    assertThat(k).isEqualTo("issue-" + "t".repeat(32) + "-" + IssueKeys.digest("x").substring(0, 16));
    assertThat(k.length()).isLessThanOrEqualTo(64);
    assertThat(Checks.isIdentifier(k)).isTrue();
  }

  @Test
  void digestIsSha256InLowerCaseHex() {
    assertThat(IssueKeys.digest("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void keysEscapeWhatAMessageKeyCannotHoldAndStayDistinct() {
    assertThat(IssueKeys.alertKey("delivery:all:1")).isEqualTo("issue:delivery:all:1:alert");
    assertThat(IssueKeys.escape("a b%c\u00e9~!")).isEqualTo("a%20b%25c%C3%A9~!");
    assertThat(IssueKeys.escape("a%20b")).as("a literal %20 stays distinct from a space")
        .isEqualTo("a%2520b");
    assertThat(IssueKeys.escape("\u007f\t")).isEqualTo("%7F%09");
  }

  @Test
  void aTooLongKeyUsesADigestOfTheId() {
    String id = "x".repeat(190);
    String k = IssueKeys.key("issue:", id, ":alert");
    assertThat(k).isEqualTo("issue:sha256-" + IssueKeys.digest(id).substring(0, 32) + ":alert");
    String fits = "y".repeat(Message.MAX_KEY_LENGTH - "issue::alert".length());
    assertThat(IssueKeys.key("issue:", fits, ":alert")).hasSize(Message.MAX_KEY_LENGTH).contains(fits);
    assertThat(IssueKeys.key("issue:", fits + "y", ":alert")).contains("sha256-");
  }
}
