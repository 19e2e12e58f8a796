package io.feedbackloop.benchmarks.text;

import java.util.List;
import java.util.Locale;

/** A fixed corpus of 50 comments, 10 per language, written for the benchmark. */
final class Comments {
  private Comments() {}

  /** One comment and its language. */
  record Comment(String text, Locale locale) {}

  static final List<Comment> ALL =
      List.of(
          en("The parcel arrived two days late and the box was crushed."),
          en("Great price, fast shipping, will order again!"),
          en("Customer service never answered my emails about the refund."),
          en("The app keeps crashing at checkout, so I paid by invoice instead."),
          en("Quality of the jacket is fine but the sleeves are too short."),
          en("No problems at all, thanks"),
          en("I was charged twice and nobody told me what happens next."),
          en("Returning the shoes was easy, the label was in the box."),
          en("Delivery was not late this time, nice improvement"),
          en("Too expensive for what you get, and the website search is useless."),
          sv("Paketet kom tre dagar för sent och ingen hörde av sig."),
          sv("Bra priser och snabb leverans, nöjd!"),
          sv("Kundtjänsten var trevlig men det tog en evighet att få svar."),
          sv("Appen kraschade när jag skulle betala med Klarna."),
          sv("Tröjan krympte efter första tvätten, dålig kvalitet."),
          sv("Returen gick smidigt och pengarna kom tillbaka på en vecka."),
          sv("Leveranstiden var inte längre än utlovat."),
          sv("Fick ingen orderbekräftelse på mejlen."),
          sv("Allt fungerade som det skulle."),
          sv("Frakten kostade mer än själva varan, orimligt."),
          nl("Het pakket werd bij de buren bezorgd zonder bericht."),
          nl("Prima prijs-kwaliteitverhouding, snelle bezorging."),
          nl("De klantenservice was erg behulpzaam en vriendelijk."),
          nl("Betalen met iDEAL lukte niet, de site gaf steeds een foutmelding."),
          nl("Het product was kapot bij aankomst, retourneren duurde weken."),
          nl("Geen klachten, alles netjes op tijd."),
          nl("Ik wacht nog steeds op mijn terugbetaling."),
          nl("De bezorgkosten zijn te hoog voor zo'n klein pakketje."),
          nl("Duidelijke mails over de status van mijn bestelling."),
          nl("De kwaliteit viel tegen, niet wat ik had verwacht."),
          pl("Przesyłka dotarła po tygodniu, kurier nawet nie zadzwonił."),
          pl("Świetna jakość i dobra cena, polecam!"),
          pl("Obsługa klienta nie odpowiada na maile od dwóch tygodni."),
          pl("Płatność BLIK nie przeszła, a pieniądze zeszły z konta."),
          pl("Zwrot towaru bez problemu, pieniądze wróciły szybko."),
          pl("Aplikacja się zawiesza przy logowaniu."),
          pl("Paczka nie była uszkodzona, wszystko w porządku."),
          pl("Za drogo jak na taką jakość wykonania."),
          pl("Brak informacji o statusie zamówienia."),
          pl("Wszystko ok"),
          de("Die Lieferung kam pünktlich und gut verpackt an."),
          de("Der Kundenservice war unfreundlich und hat mich dreimal weiterverbunden."),
          de("Die Rücksendung war kompliziert, das Retourenetikett fehlte."),
          de("Preis-Leistung stimmt, gerne wieder."),
          de("Die Website ist unübersichtlich und die Suche findet nichts."),
          de("Zahlung per Rechnung wurde abgelehnt, keine Begründung."),
          de("Das Gerät war nicht kaputt, aber die Anleitung fehlte."),
          de("Lieferzeit viel zu lang, über zwei Wochen gewartet."),
          de("Keine Bestätigungsmail erhalten, erst nach Nachfrage."),
          de("Alles bestens, danke!"));

  private static Comment en(String text) {
    return new Comment(text, Locale.ENGLISH);
  }

  private static Comment sv(String text) {
    return new Comment(text, Locale.forLanguageTag("sv"));
  }

  private static Comment nl(String text) {
    return new Comment(text, Locale.forLanguageTag("nl"));
  }

  private static Comment pl(String text) {
    return new Comment(text, Locale.forLanguageTag("pl"));
  }

  private static Comment de(String text) {
    return new Comment(text, Locale.GERMAN);
  }
}
