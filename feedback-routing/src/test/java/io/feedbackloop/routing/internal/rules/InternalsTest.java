package io.feedbackloop.routing.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import org.junit.jupiter.api.Test;

class InternalsTest {

  @Test
  void foldingIgnoresCaseDiacriticsAndPunctuation() {
    assertThat(TextNormalizer.fold("Försenad!")).isEqualTo(" forsenad ");
    assertThat(TextNormalizer.fold("LIEFERUNG  kam,spät")).isEqualTo(" lieferung kam spat ");
    assertThat(TextNormalizer.fold("Łódź ZWROT")).isEqualTo(" lodz zwrot ");
    assertThat(TextNormalizer.fold("Straße Ørsted Æble œuvre Đak þorn İstanbul ı"))
        .isEqualTo(" strasse orsted aeble oeuvre dak thorn istanbul i ");
    assertThat(TextNormalizer.fold("")).isEqualTo(" ");
    assertThat(TextNormalizer.fold("?!")).isEqualTo(" ");
    assertThat(TextNormalizer.fold("a\u20DDb")).as("enclosing mark dropped").isEqualTo(" ab ");
    assertThat(TextNormalizer.fold("क्षि")).as("spacing combining marks dropped").isEqualTo(" कष ");
    assertThat(TextNormalizer.fold("x1 2y")).isEqualTo(" x1 2y ");
    assertThat(TextNormalizer.fold("😀 ok")).isEqualTo(" ok ");
  }

  @Test
  void numbersAreParsedStrictly() {
    assertThat(Numbers.parse("12")).isEqualTo(12.0);
    assertThat(Numbers.parse("-12.5")).isEqualTo(-12.5);
    assertThat(Numbers.parse("+3")).isEqualTo(3.0);
    assertThat(Numbers.parse(".5")).isEqualTo(0.5);
    assertThat(Numbers.parse("5.")).isEqualTo(5.0);
    for (String bad : new String[] {"", "-", "+", ".", "1e3", "1,000", "0x10", "Infinity", "NaN", " 1", "1.2.3",
        "1".repeat(41)}) {
      assertThat(Numbers.parse(bad)).as("'%s'", bad).isNaN();
    }
    assertThat(Numbers.parse("1".repeat(40))).isEqualTo(Double.parseDouble("1".repeat(40)));
    assertThat(Numbers.format(3)).isEqualTo("3");
    assertThat(Numbers.format(-3)).isEqualTo("-3");
    assertThat(Numbers.format(2.5)).isEqualTo("2.5");
    assertThat(Numbers.format(1e20)).isEqualTo("1.0E20");
  }

  @Test
  void actionKeysAreStableAndSeparated() {
    TenantId t = TenantId.of("acme");
    String key = ActionKeys.key(t, "r1", "rule", 0);
    assertThat(key).hasSize(32).matches("[0-9a-f]{32}");
    assertThat(ActionKeys.key(t, "r1", "rule", 0)).isEqualTo(key);
    assertThat(key).as("pinned: SHA-256 of acme NUL r1 NUL rule NUL 0, first 128 bits; a change duplicates actions")
        .isEqualTo("a6ca6a63a694753ae83daa6c80b8f576");
    assertThat(ActionKeys.key(t, "r1", "rule", 1)).isNotEqualTo(key);
    assertThat(ActionKeys.key(t, "r1", "rulf", 0)).isNotEqualTo(key);
    assertThat(ActionKeys.key(t, "r2", "rule", 0)).isNotEqualTo(key);
    assertThat(ActionKeys.key(TenantId.of("acmf"), "r1", "rule", 0)).isNotEqualTo(key);
    assertThat(ActionKeys.key(t, "r1r", "ule", 0)).as("separated fields").isNotEqualTo(key);
  }

  @Test
  void checks() {
    assertThat(Checks.isIdentifier("a")).isTrue();
    assertThat(Checks.isIdentifier("a.b_c-D9")).isTrue();
    assertThat(Checks.isIdentifier("9")).isTrue();
    assertThat(Checks.isIdentifier("Z")).isTrue();
    assertThat(Checks.isIdentifier("a".repeat(64))).isTrue();
    assertThat(Checks.isIdentifier("a".repeat(65))).isFalse();
    assertThat(Checks.isIdentifier("")).isFalse();
    assertThat(Checks.isIdentifier("-a")).isFalse();
    assertThat(Checks.isIdentifier(".a")).isFalse();
    assertThat(Checks.isIdentifier("a b")).isFalse();
    assertThat(Checks.isIdentifier("a/b")).isFalse();
    assertThat(Checks.isIdentifier("ä")).isFalse();
    assertThat(Checks.isIdentifier("a@")).isFalse();
    assertThat(Checks.isIdentifier("`")).isFalse();
    assertThat(Checks.isIdentifier("{")).isFalse();
    assertThat(Checks.isIdentifier("[")).isFalse();
    assertThat(Checks.isIdentifier(":")).isFalse();
    assertThat(Checks.isIdentifier("/")).isFalse();
    assertThatThrownBy(() -> Checks.positive("n", 0)).hasMessage("n must be > 0, but was 0");
    assertThat(Checks.positive("n", 1)).isEqualTo(1);
    assertThatThrownBy(() -> Checks.notNull("x", null)).isInstanceOf(NullPointerException.class).hasMessage("x must not be null");
    assertThatThrownBy(() -> Checks.notBlank("x", "  ")).hasMessage("x must not be blank, but was '  '");
    assertThat(Checks.printable("a\nb")).isEqualTo("a?b");
    assertThat(Checks.printable("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
    assertThat(Checks.printable("x".repeat(80))).isEqualTo("x".repeat(80));
    assertThatThrownBy(() -> Checks.identifier("id", "a\tb")).hasMessage(
        "id must be 1-64 characters of letters, digits, '.', '_' or '-' starting with a letter or digit, but was 'a?b'");
  }
}
