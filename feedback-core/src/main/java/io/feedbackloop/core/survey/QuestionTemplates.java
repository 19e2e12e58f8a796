package io.feedbackloop.core.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Built-in questions with the standard wording, in English, Swedish, Dutch, Polish and German
 * ({@link #LANGUAGES}).
 *
 * <p>Each factory returns a fresh question with the given id; use the {@code with...} methods of
 * the returned record to change it. A survey whose default locale is one of the five languages
 * validates with these texts as they are.
 */
public final class QuestionTemplates {
  /** The languages every template has a text in. */
  public static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("sv"),
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pl"),
          Locale.GERMAN);

  private QuestionTemplates() {}

  /** "How likely is it that you would recommend us to a friend or colleague?", 0-10. */
  public static NpsQuestion nps(String id) {
    Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
    labels.put(
        0,
        text(
            "Not at all likely",
            "Inte alls troligt",
            "Helemaal niet waarschijnlijk",
            "Zdecydowanie nie",
            "Äußerst unwahrscheinlich"));
    labels.put(
        10,
        text(
            "Extremely likely",
            "Mycket troligt",
            "Zeer waarschijnlijk",
            "Zdecydowanie tak",
            "Äußerst wahrscheinlich"));
    return new NpsQuestion(
        id,
        text(
            "How likely is it that you would recommend us to a friend or colleague?",
            "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?",
            "Hoe waarschijnlijk is het dat u ons zou aanbevelen aan een vriend of collega?",
            "Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?",
            "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?"),
        true,
        null,
        labels);
  }

  /** "How satisfied were you with your experience?", 1-5, satisfied from 4, all points labelled. */
  public static CsatQuestion csat(String id) {
    Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
    labels.put(
        1,
        text(
            "Very dissatisfied",
            "Mycket missnöjd",
            "Zeer ontevreden",
            "Bardzo niezadowolony",
            "Sehr unzufrieden"));
    labels.put(2, text("Dissatisfied", "Missnöjd", "Ontevreden", "Niezadowolony", "Unzufrieden"));
    labels.put(3, text("Neutral", "Varken eller", "Neutraal", "Neutralnie", "Neutral"));
    labels.put(4, text("Satisfied", "Nöjd", "Tevreden", "Zadowolony", "Zufrieden"));
    labels.put(
        5,
        text("Very satisfied", "Mycket nöjd", "Zeer tevreden", "Bardzo zadowolony", "Sehr zufrieden"));
    return new CsatQuestion(
        id,
        text(
            "How satisfied were you with your experience?",
            "Hur nöjd var du med din upplevelse?",
            "Hoe tevreden was u met uw ervaring?",
            "Jak bardzo jesteś zadowolony ze swojego doświadczenia?",
            "Wie zufrieden waren Sie mit Ihrer Erfahrung?"),
        true,
        null,
        Scale.csat(),
        labels);
  }

  /**
   * The CES 2.0 statement "The company made it easy for me to handle my issue.", 1-7 agree scale,
   * "agree" from 5, with the ends and the midpoint labelled.
   */
  public static CesQuestion ces(String id) {
    Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
    labels.put(
        1,
        text(
            "Strongly disagree",
            "Instämmer inte alls",
            "Helemaal mee oneens",
            "Zdecydowanie się nie zgadzam",
            "Stimme überhaupt nicht zu"));
    labels.put(
        4,
        text(
            "Neither agree nor disagree",
            "Varken eller",
            "Neutraal",
            "Ani się zgadzam, ani nie zgadzam",
            "Weder noch"));
    labels.put(
        7,
        text(
            "Strongly agree",
            "Instämmer helt",
            "Helemaal mee eens",
            "Zdecydowanie się zgadzam",
            "Stimme voll und ganz zu"));
    return new CesQuestion(
        id,
        text(
            "To what extent do you agree: the company made it easy for me to handle my issue.",
            "Hur väl instämmer du: företaget gjorde det enkelt för mig att hantera mitt ärende.",
            "In hoeverre bent u het eens: het bedrijf maakte het mij gemakkelijk om mijn probleem"
                + " af te handelen.",
            "W jakim stopniu się zgadzasz: firma ułatwiła mi załatwienie mojej sprawy.",
            "Inwieweit stimmen Sie zu: Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu"
                + " erledigen."),
        true,
        null,
        Scale.ces(),
        labels);
  }

  /** "Was this helpful?", thumbs up or down. */
  public static ThumbsQuestion thumbs(String id) {
    return new ThumbsQuestion(
        id,
        text(
            "Was this helpful?",
            "Var detta till hjälp?",
            "Was dit nuttig?",
            "Czy to było pomocne?",
            "War das hilfreich?"),
        true,
        null);
  }

  /**
   * "How was your experience?" with 3 or 5 labelled faces.
   *
   * @throws IllegalArgumentException if {@code faces} is not 3 or 5
   */
  public static SmileyQuestion smiley(String id, int faces) {
    LocalizedText bad = text("Bad", "Dålig", "Slecht", "Źle", "Schlecht");
    LocalizedText okay = text("Okay", "Okej", "Oké", "Przeciętnie", "Okay");
    LocalizedText good = text("Good", "Bra", "Goed", "Dobrze", "Gut");
    Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
    if (faces == 5) {
      labels.put(1, text("Very bad", "Mycket dålig", "Zeer slecht", "Bardzo źle", "Sehr schlecht"));
      labels.put(2, bad);
      labels.put(3, okay);
      labels.put(4, good);
      labels.put(5, text("Very good", "Mycket bra", "Zeer goed", "Bardzo dobrze", "Sehr gut"));
    } else {
      labels.put(1, bad);
      labels.put(2, okay);
      labels.put(3, good);
    }
    return new SmileyQuestion(
        id,
        text(
            "How was your experience?",
            "Hur var din upplevelse?",
            "Hoe was uw ervaring?",
            "Jak oceniasz swoje doświadczenie?",
            "Wie war Ihre Erfahrung?"),
        true,
        null,
        faces,
        labels);
  }

  /** "What is the main reason for your score?", optional free text. */
  public static TextQuestion comment(String id) {
    return TextQuestion.of(
        id,
        text(
            "What is the main reason for your score?",
            "Vad är den främsta anledningen till ditt betyg?",
            "Wat is de belangrijkste reden voor uw score?",
            "Jaki jest główny powód Twojej oceny?",
            "Was ist der Hauptgrund für Ihre Bewertung?"));
  }

  /**
   * "What could we have done better?", optional free text shown only to detractors (0-6) of the
   * NPS question {@code npsQuestionId}.
   */
  public static TextQuestion improvement(String id, String npsQuestionId) {
    return TextQuestion.of(
            id,
            text(
                "What could we have done better?",
                "Vad kunde vi ha gjort bättre?",
                "Wat hadden we beter kunnen doen?",
                "Co mogliśmy zrobić lepiej?",
                "Was hätten wir besser machen können?"))
        .withShowIf(DisplayCondition.scoreBetween(npsQuestionId, 0, 6));
  }

  /**
   * "What did you like most?", optional free text shown only to promoters (9-10) of the NPS
   * question {@code npsQuestionId}.
   */
  public static TextQuestion praise(String id, String npsQuestionId) {
    return TextQuestion.of(
            id,
            text(
                "What did you like most?",
                "Vad uppskattade du mest?",
                "Wat vond u het beste?",
                "Co podobało Ci się najbardziej?",
                "Was hat Ihnen am besten gefallen?"))
        .withShowIf(DisplayCondition.scoreBetween(npsQuestionId, 9, 10));
  }

  private static LocalizedText text(String en, String sv, String nl, String pl, String de) {
    return LocalizedText.empty()
        .with(LANGUAGES.get(0), en)
        .with(LANGUAGES.get(1), sv)
        .with(LANGUAGES.get(2), nl)
        .with(LANGUAGES.get(3), pl)
        .with(LANGUAGES.get(4), de);
  }
}
