package io.feedbackloop.scoring.internal.text;

import static io.feedbackloop.scoring.text.TextLanguage.DUTCH;
import static io.feedbackloop.scoring.text.TextLanguage.ENGLISH;
import static io.feedbackloop.scoring.text.TextLanguage.GERMAN;
import static io.feedbackloop.scoring.text.TextLanguage.POLISH;
import static io.feedbackloop.scoring.text.TextLanguage.SWEDISH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmerTest {

  @Test
  void english() {
    assertThat(Stemmer.stem("delivery", ENGLISH)).isEqualTo("deliver");
    assertThat(Stemmer.stem("deliveries", ENGLISH)).isEqualTo("deliver");
    assertThat(Stemmer.stem("delivered", ENGLISH)).isEqualTo("deliver");
    assertThat(Stemmer.stem("shipping", ENGLISH)).isEqualTo("shipp");
    assertThat(Stemmer.stem("prices", ENGLISH)).isEqualTo("pric");
    assertThat(Stemmer.stem("price", ENGLISH)).isEqualTo("pric");
    assertThat(Stemmer.stem("order", ENGLISH)).isEqualTo("order");
  }

  @Test
  void swedish() {
    assertThat(Stemmer.stem("leveransen", SWEDISH)).isEqualTo("leverans");
    assertThat(Stemmer.stem("forsenad", SWEDISH)).isEqualTo("forsen");
    assertThat(Stemmer.stem("paketen", SWEDISH)).isEqualTo("paket");
    assertThat(Stemmer.stem("varorna", SWEDISH)).isEqualTo("varor");
    assertThat(Stemmer.stem("paket", SWEDISH)).as("keeps four letters").isEqualTo("paket");
  }

  @Test
  void dutch() {
    assertThat(Stemmer.stem("bezorging", DUTCH)).isEqualTo("bezorg");
    assertThat(Stemmer.stem("pakketten", DUTCH)).isEqualTo("pakkett");
    assertThat(Stemmer.stem("levering", DUTCH)).isEqualTo("lever");
    assertThat(Stemmer.stem("prijs", DUTCH)).isEqualTo("prij");
  }

  @Test
  void polish() {
    assertThat(Stemmer.stem("dostawa", POLISH)).isEqualTo("dostaw");
    assertThat(Stemmer.stem("dostawie", POLISH)).isEqualTo("dostaw");
    assertThat(Stemmer.stem("dostawy", POLISH)).isEqualTo("dostaw");
    assertThat(Stemmer.stem("dostawami", POLISH)).isEqualTo("dostaw");
    assertThat(Stemmer.stem("cena", POLISH)).isEqualTo("cen");
    assertThat(Stemmer.stem("kurierow", POLISH)).isEqualTo("kurier");
  }

  @Test
  void german() {
    assertThat(Stemmer.stem("lieferung", GERMAN)).isEqualTo("liefer");
    assertThat(Stemmer.stem("lieferungen", GERMAN)).isEqualTo("liefer");
    assertThat(Stemmer.stem("pakete", GERMAN)).isEqualTo("paket");
    assertThat(Stemmer.stem("preises", GERMAN)).isEqualTo("preis");
    assertThat(Stemmer.stem("preis", GERMAN)).isEqualTo("preis");
  }

  @Test
  void neverShortensBelowTheMinimum() {
    assertThat(Stemmer.stem("does", ENGLISH)).isEqualTo("doe");
    assertThat(Stemmer.stem("ale", POLISH)).isEqualTo("ale");
    assertThat(Stemmer.stem("kunde", GERMAN)).isEqualTo("kund");
    assertThat(Stemmer.stem("lang", GERMAN)).isEqualTo("lang");
    assertThat(Stemmer.minimumLength(ENGLISH)).isEqualTo(3);
    assertThat(Stemmer.hasCompounds(SWEDISH)).isTrue();
    assertThat(Stemmer.hasCompounds(POLISH)).isFalse();
  }
}
