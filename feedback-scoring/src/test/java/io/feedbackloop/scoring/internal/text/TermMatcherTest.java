package io.feedbackloop.scoring.internal.text;

import static io.feedbackloop.scoring.text.TextLanguage.DUTCH;
import static io.feedbackloop.scoring.text.TextLanguage.ENGLISH;
import static io.feedbackloop.scoring.text.TextLanguage.GERMAN;
import static io.feedbackloop.scoring.text.TextLanguage.POLISH;
import static io.feedbackloop.scoring.text.TextLanguage.SWEDISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.text.TextLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private static List<String> found(TextLanguage language, String term, String text) {
    TermMatcher<String> m = TermMatcher.<String>builder().add(language, term, "t").build();
    Tokens tokens = Tokens.of(text);
    return m.find(tokens, TermMatcher.allLanguages()).stream()
        .map(h -> text.substring(tokens.start(h.first()), tokens.end(h.last() - 1)))
        .distinct()
        .toList();
  }

  @Test
  void aWordMatchesItsInflectedForms() {
    assertThat(found(SWEDISH, "leverans", "Leveransen var sen")).containsExactly("Leveransen");
    assertThat(found(POLISH, "dostawa", "dostawy, dostawie i dostawę")).containsExactly("dostawy", "dostawie", "dostawę");
    assertThat(found(ENGLISH, "delivery", "it was delivered")).containsExactly("delivered");
    assertThat(found(ENGLISH, "delivery", "nothing here")).isEmpty();
  }

  @Test
  void compoundsMatchInSwedishDutchAndGermanOnly() {
    assertThat(found(GERMAN, "Lieferung", "Die Lieferzeit war lang")).containsExactly("Lieferzeit");
    assertThat(found(DUTCH, "bezorging", "Pakketbezorging traag")).containsExactly("Pakketbezorging");
    assertThat(found(SWEDISH, "leverans", "Leveranstiden var lång")).containsExactly("Leveranstiden");
    assertThat(found(SWEDISH, "tid", "Leveranstiden")).as("stem shorter than four letters").isEmpty();
    assertThat(found(ENGLISH, "ship", "a spaceship")).isEmpty();
    assertThat(found(POLISH, "kurier", "superkurier")).isEmpty();
  }

  @Test
  void anExactWordMatchesOnlyThatToken() {
    assertThat(found(ENGLISH, "=app", "The app crashed")).containsExactly("app");
    assertThat(found(ENGLISH, "=app", "I applied twice, apps")).isEmpty();
    assertThat(found(SWEDISH, "=app", "betalappen")).isEmpty();
    assertThat(found(ENGLISH, "app", "I applied")).containsExactly("applied");
  }

  @Test
  void aPhraseMatchesConsecutiveTokensOfOneClause() {
    assertThat(found(ENGLISH, "customer service", "The Customer Services team"))
        .containsExactly("Customer Services");
    assertThat(found(ENGLISH, "customer service", "customer, service")).isEmpty();
    assertThat(found(ENGLISH, "customer service", "customer care service")).isEmpty();
    assertThat(found(ENGLISH, "=wi-fi code", "the WI-FI codes")).containsExactly("WI-FI codes");
  }

  @Test
  void matchingIgnoresCaseAndDiacritics() {
    assertThat(found(GERMAN, "Qualität", "QUALITAT mies")).containsExactly("QUALITAT");
    assertThat(found(POLISH, "płatność", "platnosci nie dzialaja")).containsExactly("platnosci");
  }

  @Test
  void onlyTheGivenLanguagesCount() {
    TermMatcher<String> m =
        TermMatcher.<String>builder().add(SWEDISH, "pris", "price").add(ENGLISH, "price", "price").build();
    Tokens tokens = Tokens.of("priset och price");
    assertThat(m.find(tokens, TermMatcher.mask(ENGLISH))).extracting(TermMatcher.Hit::first).containsExactly(2);
    assertThat(m.find(tokens, TermMatcher.mask(SWEDISH))).extracting(TermMatcher.Hit::first).containsExactly(0);
    assertThat(m.find(tokens, TermMatcher.allLanguages())).hasSize(2);
  }

  @Test
  void bestPerValueKeepsTheMostSpecificTerm() {
    TermMatcher<String> m =
        TermMatcher.<String>builder()
            .add(ENGLISH, "late", "delivery")
            .add(ENGLISH, "late delivery", "delivery")
            .add(ENGLISH, "delivery", "delivery")
            .build();
    List<TermMatcher.Hit<String>> best =
        TermMatcher.bestPerValue(m.find(Tokens.of("late delivery"), TermMatcher.allLanguages()));
    assertThat(best).extracting(h -> h.term().text()).containsExactly("late delivery", "delivery");
  }

  @Test
  void nonOverlappingPrefersLongerStems() {
    TermMatcher<Integer> m =
        TermMatcher.<Integer>builder().add(ENGLISH, "help", 1).add(ENGLISH, "helpless", -1).build();
    List<TermMatcher.Hit<Integer>> hits =
        TermMatcher.nonOverlapping(m.find(Tokens.of("helpless but helpful"), TermMatcher.allLanguages()));
    assertThat(hits).extracting(TermMatcher.Hit::value).containsExactly(-1, 1);
  }

  @Test
  void aTermWithoutLettersIsRejected() {
    assertThatThrownBy(() -> Term.parse(" = ", ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term must hold a letter or digit, but was ' = '");
    assertThat(Term.parse("Late  Delivery", ENGLISH).words())
        .extracting(Term.Word::form)
        .containsExactly("lat", "deliver");
  }
}
