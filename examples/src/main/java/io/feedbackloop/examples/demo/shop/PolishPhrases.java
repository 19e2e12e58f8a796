package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/** Polish comments; {@code [a|b]} holds the masculine and feminine past forms. */
final class PolishPhrases {
  private PolishPhrases() {}

  static final Phrases PHRASES =
      new Phrases(
          "pl",
          Map.of(
              "delivery",
              List.of(
                  "paczka spóźniła się o {n} dni",
                  "dostawa trwała wieczność",
                  "kurier zostawił paczkę pod drzwiami, skandal",
                  "{carrier} znowu się spóźnił",
                  "przesyłka była opóźniona o tydzień"),
              "price",
              List.of(
                  "zdecydowanie za drogo jak na to, co się dostaje",
                  "ceny znowu poszły w górę, szkoda",
                  "koszt wysyłki to jakaś kpina",
                  "drożej niż w innych sklepach, słabo"),
              "product_quality",
              List.of(
                  "produkt zepsuł się po {n} dniach",
                  "słaba jakość, materiał jest cienki",
                  "zły rozmiar i tandetne wykonanie",
                  "towar przyszedł uszkodzony"),
              "customer_service",
              List.of(
                  "obsługa klienta była niemiła i niekompetentna",
                  "[czekałem|czekałam] {n} dni na odpowiedź od obsługi, porażka",
                  "konsultant na infolinii był chamski",
                  "długie czekanie na infolinii, beznadziejna obsługa"),
              "website_app",
              List.of(
                  "strona ciągle się zawiesza, masakra",
                  "aplikacja działa wolno i ciągle wyrzuca błędy",
                  "nie [mogłem|mogłam] się zalogować, bardzo irytujące",
                  "wyszukiwarka na stronie jest beznadziejna"),
              "returns_refunds",
              List.of(
                  "od {n} tygodni czekam na zwrot pieniędzy",
                  "zwrot towaru to koszmar",
                  "etykieta zwrotna nie działała, strasznie irytujące",
                  "nadal nie oddali mi pieniędzy, skandal"),
              "payment",
              List.of(
                  "pobrano mi pieniądze dwa razy, skandal",
                  "płatność kartą nie przeszła {n} razy, irytujące",
                  "faktura miała błędną kwotę i [musiałem|musiałam] to wyjaśniać",
                  "płatność blikiem nie działała, słabo"),
              "communication",
              List.of(
                  "nie [dostałem|dostałam] żadnego potwierdzenia mailem, słabo",
                  "nikt mnie nie poinformował o opóźnieniu, to bardzo słabe",
                  "za dużo maili i smsów, irytujące",
                  "zero informacji o statusie zamówienia, słabo")),
          Map.of(
              "delivery",
              List.of(
                  "bardzo szybka dostawa",
                  "paczka dotarła już następnego dnia, super",
                  "przesyłka przyszła na czas, kurier bardzo miły",
                  "ekspresowa wysyłka, polecam",
                  "{carrier} dostarczył paczkę błyskawicznie"),
              "price",
              List.of(
                  "świetna cena",
                  "dobre ceny i fajne promocje",
                  "taniej niż gdzie indziej, polecam",
                  "darmowa dostawa i dobry rabat"),
              "product_quality",
              List.of(
                  "świetna jakość",
                  "produkt solidnie wykonany, polecam",
                  "kurtka leży idealnie, materiał bardzo dobry",
                  "towar zgodny z opisem, super"),
              "customer_service",
              List.of(
                  "obsługa klienta bardzo miła i pomocna",
                  "konsultantka szybko wszystko załatwiła, dziękuję",
                  "bardzo uprzejmy pan na infolinii",
                  "szybka pomoc na czacie, dziękuję"),
              "website_app",
              List.of(
                  "strona jest przejrzysta i intuicyjna",
                  "aplikacja działa szybko i sprawnie",
                  "łatwe zamawianie przez aplikację"),
              "returns_refunds",
              List.of(
                  "zwrot poszedł szybko i sprawnie",
                  "wymiana rozmiaru poszła bardzo sprawnie, jestem [zadowolony|zadowolona]",
                  "zwrot pieniędzy w {n} dni, super"),
              "payment",
              List.of(
                  "płatność blikiem szybka i wygodna",
                  "wygodna płatność przelewem",
                  "fajnie, że można płacić blikiem"),
              "communication",
              List.of(
                  "jasna informacja na każdym etapie",
                  "powiadomienia sms były bardzo pomocne",
                  "szybko dali znać o statusie zamówienia, super")),
          List.of(
              "Bardzo słabe doświadczenie tym razem.",
              "Jestem [rozczarowany|rozczarowana], spodziewałem się więcej.",
              "To było naprawdę słabe."),
          List.of(
              "Wszystko super, dziękuję!",
              "Jestem bardzo [zadowolony|zadowolona], polecam.",
              "Jak zawsze świetnie."),
          List.of("", "", "Szczerze mówiąc, ", "No cóż, "),
          List.of("", "", "Szczerze mówiąc, ", "Wow, "),
          List.of(" i ", ". Do tego ", ", a "),
          List.of("", " Rozczarowanie.", " Nie polecam.", " Szkoda."),
          List.of("", " Dziękuję!", " Polecam!", " Na pewno jeszcze zamówię."));
}
