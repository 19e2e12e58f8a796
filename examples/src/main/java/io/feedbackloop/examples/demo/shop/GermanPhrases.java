package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/** German comments. */
final class GermanPhrases {
  private GermanPhrases() {}

  static final Phrases PHRASES =
      new Phrases(
          "de",
          Map.of(
              "delivery",
              List.of(
                  "das Paket kam {n} Tage zu spät",
                  "die Lieferung hat ewig gedauert",
                  "der Bote hat das Paket einfach vor die Tür geworfen, unmöglich",
                  "{carrier} war wieder verspätet",
                  "die Lieferzeit war viel zu lang, ärgerlich"),
              "price",
              List.of(
                  "viel zu teuer für das, was man bekommt",
                  "die Preise sind schon wieder gestiegen, schade",
                  "die Versandkosten sind eine Frechheit",
                  "teurer als in anderen Läden, leider"),
              "product_quality",
              List.of(
                  "das Produkt ist nach {n} Tagen kaputt gegangen",
                  "schlechte Qualität, der Stoff wirkt billig",
                  "falsche Größe und das Material ist dünn",
                  "die Verarbeitung ist mangelhaft"),
              "customer_service",
              List.of(
                  "der Kundenservice war unfreundlich und inkompetent",
                  "{n} Tage auf eine Antwort vom Kundenservice gewartet, eine Zumutung",
                  "der Mitarbeiter am Telefon war unhöflich",
                  "ich hing ewig in der Warteschleife, der Service ist schlecht"),
              "website_app",
              List.of(
                  "die Webseite ist beim Bezahlen abgestürzt",
                  "die App ist langsam und hängt sich ständig auf",
                  "das Einloggen hat nicht funktioniert, nervig",
                  "die Suchfunktion auf der Webseite ist nutzlos"),
              "returns_refunds",
              List.of(
                  "warte seit {n} Wochen auf meine Erstattung",
                  "die Rücksendung war total umständlich",
                  "das Rücksendeetikett hat nicht funktioniert, ärgerlich",
                  "immer noch kein Geld zurück, unverschämt"),
              "payment",
              List.of(
                  "mir wurde doppelt abgebucht, eine Frechheit",
                  "die Zahlung mit Karte ist {n} Mal fehlgeschlagen, nervig",
                  "die Rechnung von Klarna war falsch",
                  "Bezahlen mit PayPal hat nicht funktioniert, ärgerlich"),
              "communication",
              List.of(
                  "nie eine Bestätigung per Mail bekommen, schlecht",
                  "niemand hat mich über die Verspätung informiert",
                  "viel zu viele Mails und Nachrichten, nervig",
                  "unklare Informationen zum Status der Bestellung")),
          Map.of(
              "delivery",
              List.of(
                  "super schnelle Lieferung",
                  "das Paket war schon am nächsten Tag da, top",
                  "pünktlich geliefert, der Bote war sehr freundlich",
                  "es wurde blitzschnell geliefert",
                  "{carrier} hat schnell und zuverlässig geliefert"),
              "price",
              List.of(
                  "super Preis-Leistungs-Verhältnis",
                  "die Preise sind fair und die Angebote gut",
                  "es ist günstiger als überall sonst, top",
                  "kostenloser Versand und ein guter Rabatt"),
              "product_quality",
              List.of(
                  "die Qualität ist hervorragend",
                  "das Produkt ist stabil und gut verarbeitet",
                  "die Jacke sitzt perfekt und der Stoff ist schön weich",
                  "das Produkt funktioniert einwandfrei, ich bin begeistert"),
              "customer_service",
              List.of(
                  "der Kundenservice war freundlich und hilfsbereit",
                  "mein Anliegen wurde schnell gelöst",
                  "die Mitarbeiterin am Telefon war sehr nett",
                  "im Chat wurde mir schnell geholfen, danke"),
              "website_app",
              List.of(
                  "die Webseite ist übersichtlich und einfach",
                  "die App funktioniert schnell und intuitiv",
                  "Bestellen in der App geht super einfach"),
              "returns_refunds",
              List.of(
                  "die Rücksendung war einfach und ging schnell",
                  "der Umtausch in eine andere Größe ging problemlos",
                  "nach {n} Tagen hatte ich mein Geld zurück, super"),
              "payment",
              List.of(
                  "Bezahlen mit PayPal ging schnell und einfach",
                  "toll, dass man auf Rechnung zahlen kann",
                  "die Zahlung lief bei mir schnell und reibungslos"),
              "communication",
              List.of(
                  "es gab bei jedem Schritt klare Informationen, sehr gut",
                  "ich bekam immer gute Updates per SMS",
                  "wurde immer gut informiert, danke")),
          List.of(
              "Leider eine schlechte Erfahrung diesmal.",
              "Insgesamt sehr enttäuscht, ich hatte mehr erwartet.",
              "Das war gar nicht gut."),
          List.of(
              "Es war alles perfekt, vielen Dank!",
              "Alles super, gerne wieder.",
              "Wie immer eine tolle Erfahrung."),
          List.of("", "", "Ehrlich gesagt: ", "Naja, "),
          List.of("", "", "Ehrlich gesagt: ", "Wow, "),
          List.of(" und ", ", außerdem: ", ". Und "),
          List.of("", " Enttäuschend.", " So nicht!", " Schade."),
          List.of("", " Danke!", " Gerne wieder.", " Weiter so!"));
}
