package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.rules.Action.MessageKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stock texts of the loop's messages: one customer template per {@link MessageKind} in English,
 * Swedish, Dutch, Polish and German (English as fallback), and the English staff templates for
 * team notifications and escalations. Staff texts carry ids only, never the customer's words.
 */
public final class LoopTemplates {
  /** The id of the stock team notification template, used for any template id not registered. */
  public static final String TEAM_NOTICE = "team-notice";

  /** The id of the stock escalation template. */
  public static final String ESCALATION = "escalation";

  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale DE = Locale.forLanguageTag("de");

  private static final Map<MessageKind, MessageTemplate> CUSTOMER = customer();

  private LoopTemplates() {}

  /** The template id of the customer message of {@code kind}: {@code customer.<wire name>}. */
  public static String customerTemplateId(MessageKind kind) {
    return "customer." + kind.wireName();
  }

  /** The stock customer template of {@code kind}. */
  public static MessageTemplate customer(MessageKind kind) {
    MessageTemplate t = CUSTOMER.get(kind);
    if (t == null) {
      throw new IllegalStateException("no stock template for " + kind);
    }
    return t;
  }

  /** The stock team notification (values: team, ruleId, responseId, surveyId, caseId). */
  public static MessageTemplate teamNotice(String id) {
    return MessageTemplate.builder(id)
        .subject(Locale.ENGLISH, "Feedback for {{team}}: rule {{ruleId}}")
        .text(
            Locale.ENGLISH,
            "Response {{responseId}} to survey {{surveyId}} matched rule {{ruleId}}."
                + " Case: {{caseId}}.")
        .build();
  }

  /** The stock escalation (values: to, reason, ruleId, responseId, surveyId, caseId). */
  public static MessageTemplate escalation() {
    return MessageTemplate.builder(ESCALATION)
        .subject(Locale.ENGLISH, "Escalation to {{to}}: response {{responseId}}")
        .text(
            Locale.ENGLISH,
            "Response {{responseId}} to survey {{surveyId}} was escalated to {{to}} by rule"
                + " {{ruleId}}: {{reason}}. Case: {{caseId}}.")
        .build();
  }

  private static Map<MessageKind, MessageTemplate> customer() {
    Map<MessageKind, MessageTemplate> m = new EnumMap<>(MessageKind.class);
    m.put(
        MessageKind.THANK_YOU,
        template(
            MessageKind.THANK_YOU,
            "Thank you for your feedback",
            "Thank you for taking the time to tell us how we did.",
            "Tack för din feedback",
            "Tack för att du tog dig tid att berätta hur vi gjorde.",
            "Bedankt voor je feedback",
            "Bedankt dat je de tijd nam om ons te laten weten hoe we het deden.",
            "Dziękujemy za opinię",
            "Dziękujemy, że poświęciłeś czas, aby powiedzieć nam, jak nam poszło.",
            "Danke für Ihr Feedback",
            "Danke, dass Sie sich die Zeit genommen haben, uns Ihre Meinung zu sagen."));
    m.put(
        MessageKind.APOLOGY,
        template(
            MessageKind.APOLOGY,
            "We are sorry",
            "We are sorry that your experience did not meet your expectations. We are looking"
                + " into it.",
            "Vi ber om ursäkt",
            "Vi beklagar att din upplevelse inte motsvarade dina förväntningar. Vi tittar på det.",
            "Onze excuses",
            "Het spijt ons dat je ervaring niet aan je verwachtingen voldeed. We zoeken het uit.",
            "Przepraszamy",
            "Przykro nam, że nie spełniliśmy Twoich oczekiwań. Zajmujemy się tym.",
            "Es tut uns leid",
            "Es tut uns leid, dass Ihre Erfahrung nicht Ihren Erwartungen entsprach. Wir kümmern"
                + " uns darum."));
    m.put(
        MessageKind.REVIEW_REQUEST,
        template(
            MessageKind.REVIEW_REQUEST,
            "Would you share your experience?",
            "We are glad you are happy with us. Would you write a short review? {{link}}",
            "Vill du dela din upplevelse?",
            "Vad roligt att du är nöjd med oss. Vill du skriva ett kort omdöme? {{link}}",
            "Wil je je ervaring delen?",
            "Fijn dat je tevreden bent. Wil je een korte review schrijven? {{link}}",
            "Podzielisz się opinią?",
            "Cieszymy się, że jesteś zadowolony. Czy napiszesz krótką recenzję? {{link}}",
            "Möchten Sie Ihre Erfahrung teilen?",
            "Schön, dass Sie zufrieden sind. Würden Sie eine kurze Bewertung schreiben? {{link}}"));
    m.put(
        MessageKind.REFERRAL_OFFER,
        template(
            MessageKind.REFERRAL_OFFER,
            "Share us with a friend",
            "Glad you like us! Tell a friend about us, and you both get a thank-you from us.",
            "Tipsa en vän",
            "Kul att du gillar oss! Tipsa en vän om oss, så får ni båda ett tack från oss.",
            "Vertel het een vriend",
            "Leuk dat je ons waardeert! Vertel een vriend over ons en jullie krijgen allebei een"
                + " bedankje.",
            "Poleć nas znajomym",
            "Cieszymy się, że nas lubisz! Poleć nas znajomemu, a oboje otrzymacie od nas"
                + " podziękowanie.",
            "Empfehlen Sie uns weiter",
            "Schön, dass Sie uns mögen! Empfehlen Sie uns einem Freund, und Sie beide erhalten ein"
                + " Dankeschön."));
    m.put(
        MessageKind.EARLY_ACCESS_INVITATION,
        template(
            MessageKind.EARLY_ACCESS_INVITATION,
            "Try new features first",
            "Would you like early access to new features before everyone else? Reply to this"
                + " message to join.",
            "Testa nyheter först",
            "Vill du få tidig tillgång till nya funktioner före alla andra? Svara på det här"
                + " meddelandet för att vara med.",
            "Probeer nieuwe functies als eerste",
            "Wil je vroeg toegang tot nieuwe functies, vóór iedereen? Beantwoord dit bericht om"
                + " mee te doen.",
            "Wypróbuj nowości jako pierwszy",
            "Chcesz mieć wcześniejszy dostęp do nowych funkcji? Odpowiedz na tę wiadomość, aby"
                + " dołączyć.",
            "Neue Funktionen zuerst testen",
            "Möchten Sie neue Funktionen vor allen anderen testen? Antworten Sie auf diese"
                + " Nachricht, um dabei zu sein."));
    m.put(
        MessageKind.WHAT_WOULD_MAKE_IT_GREAT,
        template(
            MessageKind.WHAT_WOULD_MAKE_IT_GREAT,
            "What would make it great?",
            "Thank you for your feedback. What one thing would have made your experience great?"
                + " Just reply to this message.",
            "Vad hade gjort det riktigt bra?",
            "Tack för din feedback. Vad hade gjort din upplevelse riktigt bra? Svara gärna på det"
                + " här meddelandet.",
            "Wat zou het geweldig maken?",
            "Bedankt voor je feedback. Wat had je ervaring geweldig gemaakt? Beantwoord gerust dit"
                + " bericht.",
            "Co sprawiłoby, że byłoby świetnie?",
            "Dziękujemy za opinię. Co sprawiłoby, że Twoje doświadczenie byłoby świetne? Po prostu"
                + " odpowiedz na tę wiadomość.",
            "Was hätte es großartig gemacht?",
            "Danke für Ihr Feedback. Was hätte Ihre Erfahrung großartig gemacht? Antworten Sie"
                + " einfach auf diese Nachricht."));
    return m;
  }

  @SuppressWarnings("TooManyParameters") // five languages, subject and text each
  private static MessageTemplate template(
      MessageKind kind,
      String enSubject,
      String en,
      String svSubject,
      String sv,
      String nlSubject,
      String nl,
      String plSubject,
      String pl,
      String deSubject,
      String de) {
    return MessageTemplate.builder(customerTemplateId(kind))
        .subject(Locale.ENGLISH, enSubject)
        .text(Locale.ENGLISH, en)
        .subject(SV, svSubject)
        .text(SV, sv)
        .subject(NL, nlSubject)
        .text(NL, nl)
        .subject(PL, plSubject)
        .text(PL, pl)
        .subject(DE, deSubject)
        .text(DE, de)
        .fallbackLocale(Locale.ENGLISH)
        .build();
  }
}
