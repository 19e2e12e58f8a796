package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.text.LanguageDetector;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopwordDetectorTest {
  private static final LanguageDetector D = LanguageDetector.ofDefaults();

  @Test
  void tellsClearSentencesOfEachLanguage() {
    assertThat(D.detect("The parcel arrived two days late and the box was damaged."))
        .contains(TextLanguage.ENGLISH);
    assertThat(D.detect("Paketet kom två dagar för sent och kartongen var trasig."))
        .contains(TextLanguage.SWEDISH);
    assertThat(D.detect("Het pakket kwam twee dagen te laat en de doos was kapot."))
        .contains(TextLanguage.DUTCH);
    assertThat(D.detect("Paczka przyszła dwa dni za późno i karton był uszkodzony."))
        .contains(TextLanguage.POLISH);
    assertThat(D.detect("Das Paket kam zwei Tage zu spät und der Karton war kaputt."))
        .contains(TextLanguage.GERMAN);
  }

  @Test
  void lettersHelpWhenWordsAreFew() {
    assertThat(D.detect("Dålig kvalitet på jackan")).contains(TextLanguage.SWEDISH);
    assertThat(D.detect("Świetna obsługa, polecam")).contains(TextLanguage.POLISH);
  }

  @Test
  void saysEmptyWhenUnsure() {
    assertThat(D.detect("ok")).isEmpty();
    assertThat(D.detect("")).isEmpty();
    assertThat(D.detect("Good")).isEmpty();
    assertThat(D.detect("is ok")).as("is is English and Dutch").isEmpty();
    assertThat(D.detect("Merci beaucoup pour tout")).isEmpty();
  }

  @Test
  void sharedWordsCountHalf() {
    StopwordDetector d =
        StopwordDetector.fromJson(
            "{\"sv\": {\"words\": [\"de\", \"och\"]}, \"nl\": {\"words\": [\"de\", \"en\"]}}");
    assertThat(d.detect("de de de")).as("1.5 each, no margin").isEmpty();
    assertThat(d.detect("de och och")).contains(TextLanguage.SWEDISH);
  }

  @Test
  void profilesWithBadJsonAreRejectedWithTheirPath() {
    assertThatThrownBy(() -> StopwordDetector.fromJson("{\"fr\": {}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fr: unknown language code 'fr', expected one of en, sv, nl, pl, de");
    assertThatThrownBy(() -> StopwordDetector.fromJson("{\"en\": {\"words\": [1]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("en.words[0]: must be a JSON string, but was 1");
    assertThat(StopwordDetector.fromJson("{}").detect("the and")).isEqualTo(Optional.empty());
  }
}
