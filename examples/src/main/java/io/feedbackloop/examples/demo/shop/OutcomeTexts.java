package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The customer-facing message of each root cause, in en, sv, nl, pl and de (in that order). */
final class OutcomeTexts {
  private OutcomeTexts() {}

  private static final List<String> ORDER = List.of("en", "sv", "nl", "pl", "de");

  static final Map<String, List<String>> TEXTS =
      Map.of(
          "carrier_capacity_north",
          List.of(
              "We have switched carriers in the north, so your next deliveries will arrive on time.",
              "Vi har bytt transportör i norr, så dina nästa leveranser kommer i tid.",
              "We zijn in het noorden van vervoerder gewisseld, zodat je volgende leveringen op tijd komen.",
              "Zmieniliśmy przewoźnika na północy, więc kolejne dostawy dotrą na czas.",
              "Wir haben im Norden den Paketdienst gewechselt, damit Ihre nächsten Lieferungen pünktlich ankommen."),
          "carrier_delay",
          List.of(
              "Sorry for the delay: we have raised it with the carrier and refunded your shipping.",
              "Förlåt förseningen: vi har tagit upp det med transportören och betalat tillbaka frakten.",
              "Sorry voor de vertraging: we hebben het bij de vervoerder gemeld en je verzendkosten terugbetaald.",
              "Przepraszamy za opóźnienie: zgłosiliśmy to przewoźnikowi i zwróciliśmy koszt wysyłki.",
              "Entschuldigung für die Verspätung: Wir haben das beim Paketdienst gemeldet und Ihnen die Versandkosten erstattet."),
          "damaged_in_transit",
          List.of(
              "Sorry it arrived damaged: a replacement is on its way, no need to send anything back.",
              "Förlåt att varan kom skadad: en ny är på väg, du behöver inte skicka tillbaka något.",
              "Sorry dat het beschadigd aankwam: er is een vervanging onderweg, je hoeft niets terug te sturen.",
              "Przepraszamy za uszkodzenie: nowy produkt jest już w drodze, nie musisz niczego odsyłać.",
              "Entschuldigung für den Schaden: Ersatz ist unterwegs, Sie müssen nichts zurückschicken."),
          "wrong_address",
          List.of(
              "The parcel went to an old address; we have corrected it and sent it again.",
              "Paketet gick till en gammal adress; vi har rättat den och skickat det igen.",
              "Het pakket ging naar een oud adres; we hebben het aangepast en opnieuw verstuurd.",
              "Paczka trafiła pod stary adres; poprawiliśmy go i wysłaliśmy ją ponownie.",
              "Das Paket ging an eine alte Adresse; wir haben sie korrigiert und es erneut verschickt."),
          "slow_reply",
          List.of(
              "Sorry we were slow to answer; we have added staff to the support team.",
              "Förlåt att vi var långsamma med svaret; vi har förstärkt kundtjänst.",
              "Sorry dat we traag reageerden; we hebben extra mensen bij de klantenservice.",
              "Przepraszamy za długi czas odpowiedzi; wzmocniliśmy zespół obsługi klienta.",
              "Entschuldigung für die langsame Antwort; wir haben den Kundenservice verstärkt."),
          "refund_delay",
          List.of(
              "Your refund has been paid today; it should be in your account within two days.",
              "Din återbetalning är gjord i dag och bör synas på kontot inom två dagar.",
              "Je terugbetaling is vandaag gedaan en staat binnen twee dagen op je rekening.",
              "Zwrot został dziś wysłany i powinien pojawić się na koncie w ciągu dwóch dni.",
              "Ihre Erstattung wurde heute ausgezahlt und ist in zwei Tagen auf Ihrem Konto."),
          "payment_error",
          List.of(
              "The double charge was a payment error; the extra amount has been returned.",
              "Dubbeldragningen var ett betalfel; det extra beloppet är återbetalt.",
              "De dubbele afschrijving was een betaalfout; het extra bedrag is teruggestort.",
              "Podwójne obciążenie było błędem płatności; nadwyżka została zwrócona.",
              "Die doppelte Abbuchung war ein Zahlungsfehler; der zusätzliche Betrag wurde erstattet."),
          "defective_batch",
          List.of(
              "We found a faulty batch of this product and have pulled it; a new one is on its way.",
              "Vi hittade en felaktig omgång av produkten och har dragit tillbaka den; en ny är på väg.",
              "We vonden een defecte partij van dit product en hebben die teruggehaald; er is een nieuwe onderweg.",
              "Wykryliśmy wadliwą partię tego produktu i wycofaliśmy ją; nowy egzemplarz jest w drodze.",
              "Wir haben eine fehlerhafte Charge gefunden und aus dem Verkauf genommen; Ersatz ist unterwegs."),
          "size_chart",
          List.of(
              "Our size chart was wrong for this item; we have fixed it and the exchange is free.",
              "Vår storleksguide var fel för den här varan; vi har rättat den och bytet är gratis.",
              "Onze maattabel klopte niet voor dit artikel; we hebben hem aangepast en ruilen is gratis.",
              "Tabela rozmiarów dla tego produktu była błędna; poprawiliśmy ją, a wymiana jest bezpłatna.",
              "Unsere Größentabelle war für diesen Artikel falsch; wir haben sie korrigiert, der Umtausch ist kostenlos."),
          "description_mismatch",
          List.of(
              "The product page did not match the item; we have corrected it and offer a free return.",
              "Produktsidan stämde inte med varan; vi har rättat den och du kan returnera gratis.",
              "De productpagina klopte niet met het artikel; we hebben hem verbeterd en retourneren is gratis.",
              "Opis produktu nie zgadzał się z towarem; poprawiliśmy go i oferujemy darmowy zwrot.",
              "Die Produktseite passte nicht zum Artikel; wir haben sie korrigiert und die Rücksendung ist kostenlos."));

  /** The message for {@code rootCause} in {@code locale}'s language (English for any other). */
  static String message(String rootCause, Locale locale) {
    List<String> texts = TEXTS.get(rootCause);
    if (texts == null) {
      throw new IllegalArgumentException("rootCause must be one of " + TEXTS.keySet() + ", but was '" + rootCause + "'");
    }
    int i = ORDER.indexOf(locale.getLanguage());
    return texts.get(Math.max(i, 0));
  }
}
