package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/** Dutch comments. */
final class DutchPhrases {
  private DutchPhrases() {}

  static final Phrases PHRASES =
      new Phrases(
          "nl",
          Map.of(
              "delivery",
              List.of(
                  "het pakket kwam {n} dagen te laat",
                  "de levering duurde eindeloos, echt slecht",
                  "de bezorger heeft het pakket gewoon bij de deur gegooid, belachelijk",
                  "{carrier} was weer te laat",
                  "vertraging op vertraging bij de bezorging"),
              "price",
              List.of(
                  "veel te duur voor wat je krijgt",
                  "de prijzen zijn weer omhoog gegaan, jammer",
                  "de verzendkosten zijn belachelijk hoog",
                  "duurder dan bij andere winkels, jammer"),
              "product_quality",
              List.of(
                  "het product ging na {n} dagen stuk",
                  "slechte kwaliteit, de stof voelt goedkoop",
                  "verkeerde maat en slecht materiaal",
                  "binnen een week kapot"),
              "customer_service",
              List.of(
                  "de klantenservice was onvriendelijk en onbehulpzaam",
                  "{n} dagen gewacht op een reactie van de klantenservice, belachelijk",
                  "de medewerker aan de telefoon was echt onbeschoft tegen mij",
                  "lange wachttijd en slechte service"),
              "website_app",
              List.of(
                  "de website crashte bij het afrekenen",
                  "de app is heel traag en loopt de hele tijd vast",
                  "inloggen lukte niet, erg vervelend",
                  "de zoekfunctie op de site is waardeloos"),
              "returns_refunds",
              List.of(
                  "wacht na {n} weken nog steeds op mijn terugbetaling, belachelijk",
                  "het retourneren was ingewikkeld en omslachtig",
                  "het retourlabel werkte niet, heel vervelend",
                  "mijn geld terug krijgen duurde eindeloos, slecht"),
              "payment",
              List.of(
                  "er is dubbel afgeschreven, echt slecht",
                  "het betalen met iDEAL is {n} keer mislukt, heel vervelend",
                  "de factuur van Klarna had een foutief bedrag",
                  "de betaling werd geweigerd, frustrerend"),
              "communication",
              List.of(
                  "nooit een bevestiging per mail gekregen, slecht",
                  "niemand heeft me op de hoogte gehouden van de vertraging",
                  "veel te veel mails en berichten, irritant",
                  "onduidelijke informatie over de status")),
          Map.of(
              "delivery",
              List.of(
                  "de levering was supersnel",
                  "het pakket was de volgende dag al binnen, top",
                  "netjes op tijd geleverd",
                  "de bezorger was erg vriendelijk",
                  "{carrier} bezorgde snel en netjes"),
              "price",
              List.of(
                  "een goede prijs voor wat je krijgt",
                  "prima prijs-kwaliteitverhouding",
                  "voordelig en goed",
                  "mooie korting gekregen, top"),
              "product_quality",
              List.of(
                  "de kwaliteit is uitstekend",
                  "het product is stevig en goed gemaakt",
                  "de jas past perfect en de stof is heerlijk zacht",
                  "werkt prima, echt een aanrader"),
              "customer_service",
              List.of(
                  "de klantenservice was vriendelijk en behulpzaam",
                  "mijn vraag werd snel opgelost door de medewerker",
                  "heel vriendelijke medewerker aan de telefoon",
                  "snel geholpen via de chat, bedankt"),
              "website_app",
              List.of(
                  "de website is overzichtelijk en makkelijk",
                  "de app werkt snel en prettig",
                  "bestellen via de app ging super soepel"),
              "returns_refunds",
              List.of(
                  "retourneren was makkelijk en ging snel",
                  "ruilen voor een andere maat ging soepel",
                  "binnen {n} dagen mijn geld terug, top"),
              "payment",
              List.of(
                  "betalen met iDEAL ging snel en makkelijk",
                  "fijn dat je achteraf kunt betalen",
                  "de betaling ging soepel"),
              "communication",
              List.of(
                  "duidelijke informatie bij elke stap",
                  "ik kreeg goede updates via sms",
                  "keurig op de hoogte gehouden, fijn")),
          List.of(
              "Echt een slechte ervaring deze keer.",
              "Heel teleurgesteld over het geheel.",
              "Dit was helemaal niet goed."),
          List.of(
              "Alles was perfect, bedankt!",
              "Alles top, ik bestel zeker weer.",
              "Zoals altijd een fijne ervaring."),
          List.of("", "", "Eerlijk gezegd: ", "Nou, "),
          List.of("", "", "Eerlijk gezegd: ", "Wauw, "),
          List.of(" en ", ". Ook ", ", plus "),
          List.of("", " Teleurgesteld.", " Echt jammer.", " Niet tevreden."),
          List.of("", " Bedankt!", " Ik bestel zeker weer.", " Aanrader!"));
}
