package io.feedbackloop.routing.internal.web;

import java.util.List;
import java.util.Locale;

/**
 * The survey pages' own texts (not the survey's), in English, Swedish, Dutch, Polish and German.
 * Placeholders in braces ({@code {n}}, {@code {min}}, {@code {max}}, {@code {due}}) are filled by
 * {@link #in(Locale, String...)}; their values are plain text, escaped when the page is written.
 */
public enum PageText {
  TITLE("Your feedback", "Din feedback", "Uw feedback", "Twoja opinia", "Ihr Feedback"),
  SUBMIT("Send", "Skicka", "Verzenden", "Wyślij", "Absenden"),
  REQUIRED("(required)", "(obligatorisk)", "(verplicht)", "(wymagane)", "(Pflichtfeld)"),
  TEXT_HINT(
      "Up to {n} characters.",
      "Högst {n} tecken.",
      "Maximaal {n} tekens.",
      "Maksymalnie {n} znaków.",
      "Höchstens {n} Zeichen."),
  CHOOSE_HINT(
      "Choose {min} to {max} options.",
      "Välj {min} till {max} alternativ.",
      "Kies {min} tot {max} opties.",
      "Wybierz od {min} do {max} opcji.",
      "Wählen Sie {min} bis {max} Optionen."),
  ERROR_SUMMARY(
      "Please check the answers marked below.",
      "Kontrollera svaren som är markerade nedan.",
      "Controleer de hieronder gemarkeerde antwoorden.",
      "Sprawdź zaznaczone poniżej odpowiedzi.",
      "Bitte prüfen Sie die unten markierten Antworten."),
  MISSING(
      "Please answer this question.",
      "Svara på den här frågan.",
      "Beantwoord deze vraag.",
      "Odpowiedz na to pytanie.",
      "Bitte beantworten Sie diese Frage."),
  CHOOSE_ONE(
      "Please choose one of the options.",
      "Välj ett av alternativen.",
      "Kies een van de opties.",
      "Wybierz jedną z opcji.",
      "Bitte wählen Sie eine der Optionen."),
  TOO_FEW(
      "Please choose at least {n}.",
      "Välj minst {n}.",
      "Kies er minstens {n}.",
      "Wybierz co najmniej {n}.",
      "Bitte wählen Sie mindestens {n} aus."),
  TOO_MANY(
      "Please choose at most {n}.",
      "Välj högst {n}.",
      "Kies er hoogstens {n}.",
      "Wybierz najwyżej {n}.",
      "Bitte wählen Sie höchstens {n} aus."),
  TOO_LONG(
      "Please shorten your answer to {n} characters.",
      "Korta ditt svar till {n} tecken.",
      "Kort uw antwoord in tot {n} tekens.",
      "Skróć odpowiedź do {n} znaków.",
      "Bitte kürzen Sie Ihre Antwort auf {n} Zeichen."),
  CHECK_ANSWER(
      "Please check this answer.",
      "Kontrollera det här svaret.",
      "Controleer dit antwoord.",
      "Sprawdź tę odpowiedź.",
      "Bitte prüfen Sie diese Antwort."),
  CHECK_FORM(
      "Something in your answer could not be accepted. Please check it and send it again.",
      "Något i ditt svar kunde inte tas emot. Kontrollera det och skicka igen.",
      "Iets in uw antwoord kon niet worden verwerkt. Controleer het en verstuur het opnieuw.",
      "Części odpowiedzi nie udało się przyjąć. Sprawdź ją i wyślij ponownie.",
      "Ein Teil Ihrer Antwort konnte nicht angenommen werden. Bitte prüfen und erneut senden."),
  STEP_TWO("One more question", "En fråga till", "Nog één vraag", "Jeszcze jedno pytanie", "Noch eine Frage"),
  INVALID_TITLE(
      "This link is no longer valid",
      "Länken gäller inte längre",
      "Deze link is niet meer geldig",
      "Ten link jest już nieaktywny",
      "Dieser Link ist nicht mehr gültig"),
  INVALID_TEXT(
      "The link may have expired, or the survey has already been answered. Thank you for your time.",
      "Länken kan ha gått ut, eller så har enkäten redan besvarats. Tack för din tid.",
      "De link is mogelijk verlopen, of de enquête is al ingevuld. Bedankt voor uw tijd.",
      "Link mógł wygasnąć albo ankieta została już wypełniona. Dziękujemy za poświęcony czas.",
      "Der Link ist vielleicht abgelaufen, oder die Umfrage wurde schon beantwortet. Vielen Dank für Ihre Zeit."),
  BAD_REQUEST_TITLE(
      "Your answer could not be read",
      "Ditt svar kunde inte läsas",
      "Uw antwoord kon niet worden gelezen",
      "Nie udało się odczytać odpowiedzi",
      "Ihre Antwort konnte nicht gelesen werden"),
  BAD_REQUEST_TEXT(
      "Please go back and send the form again.",
      "Gå tillbaka och skicka formuläret igen.",
      "Ga terug en verstuur het formulier opnieuw.",
      "Wróć i wyślij formularz ponownie.",
      "Bitte gehen Sie zurück und senden Sie das Formular erneut."),
  CONTACT_BY(
      "Someone from our team will contact you by {due}.",
      "Någon i vårt team kontaktar dig senast {due}.",
      "Iemand van ons team neemt uiterlijk {due} contact met u op.",
      "Ktoś z naszego zespołu skontaktuje się z Tobą do {due}.",
      "Jemand aus unserem Team meldet sich bis {due} bei Ihnen."),
  CONTACT_SOON(
      "Someone from our team will look at your answer.",
      "Någon i vårt team kommer att titta på ditt svar.",
      "Iemand van ons team bekijkt uw antwoord.",
      "Ktoś z naszego zespołu zapozna się z Twoją odpowiedzią.",
      "Jemand aus unserem Team wird sich Ihre Antwort ansehen."),
  THUMBS_UP("Thumbs up", "Tummen upp", "Duim omhoog", "Kciuk w górę", "Daumen hoch"),
  THUMBS_DOWN("Thumbs down", "Tummen ner", "Duim omlaag", "Kciuk w dół", "Daumen runter"),
  FACE_1("Very unhappy", "Mycket missnöjd", "Zeer ontevreden", "Bardzo niezadowolony", "Sehr unzufrieden"),
  FACE_2("Unhappy", "Missnöjd", "Ontevreden", "Niezadowolony", "Unzufrieden"),
  FACE_3("Neutral", "Neutral", "Neutraal", "Neutralnie", "Neutral"),
  FACE_4("Happy", "Nöjd", "Tevreden", "Zadowolony", "Zufrieden"),
  FACE_5("Very happy", "Mycket nöjd", "Zeer tevreden", "Bardzo zadowolony", "Sehr zufrieden");

  /** The languages of the page texts, English first (the fallback). */
  public static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("sv"),
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pl"),
          Locale.GERMAN);

  private final String en;
  private final String sv;
  private final String nl;
  private final String pl;
  private final String de;

  PageText(String en, String sv, String nl, String pl, String de) {
    this.en = en;
    this.sv = sv;
    this.nl = nl;
    this.pl = pl;
    this.de = de;
  }

  /** The text in {@code locale}'s language, English if the pages do not speak it. */
  public String in(Locale locale) {
    return switch (index(locale)) {
      case 1 -> sv;
      case 2 -> nl;
      case 3 -> pl;
      case 4 -> de;
      default -> en;
    };
  }

  /**
   * The text in {@code locale}'s language with placeholders filled: {@code pairs} alternates
   * names (without braces) and values.
   */
  public String in(Locale locale, String... pairs) {
    String s = in(locale);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      s = s.replace("{" + pairs[i] + "}", pairs[i + 1]);
    }
    return s;
  }

  /** Whether the page texts exist in {@code locale}'s language. */
  public static boolean speaks(Locale locale) {
    return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
  }

  /** The position of {@code locale}'s language in {@link #LANGUAGES}, 0 (English) if absent. */
  static int index(Locale locale) {
    String language = locale.getLanguage();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      if (LANGUAGES.get(i).getLanguage().equals(language)) {
        return i;
      }
    }
    return 0;
  }
}
