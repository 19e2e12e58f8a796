package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/** Swedish comments. */
final class SwedishPhrases {
  private SwedishPhrases() {}

  static final Phrases PHRASES =
      new Phrases(
          "sv",
          Map.of(
              "delivery",
              List.of(
                  "leveransen var försenad {n} dagar",
                  "leveransen tog en evighet",
                  "budet slängde paketet i trappan, uselt",
                  "{carrier} var försenade igen, tyvärr",
                  "tyvärr dröjde paketet över en vecka"),
              "price",
              List.of(
                  "alldeles för dyrt för vad man får",
                  "priserna har höjts igen, tråkigt",
                  "frakten är orimligt dyr här",
                  "det är dyrare än i andra butiker"),
              "product_quality",
              List.of(
                  "produkten gick sönder efter {n} dagar",
                  "dålig kvalitet, tyget känns billigt",
                  "fel storlek och materialet är tunt",
                  "kvaliteten är helt usel, tyvärr"),
              "customer_service",
              List.of(
                  "kundtjänst var otrevlig och ohjälpsam",
                  "väntade {n} dagar på svar från kundtjänst, oacceptabelt",
                  "chatten med supporten var helt värdelös",
                  "dålig service och lång kötid i telefonen"),
              "website_app",
              List.of(
                  "hemsidan kraschade när jag skulle betala",
                  "appen är seg och buggig",
                  "kunde inte logga in, väldigt krångligt",
                  "sökfunktionen på sidan är värdelös"),
              "returns_refunds",
              List.of(
                  "väntar fortfarande på återbetalningen efter {n} veckor, oacceptabelt",
                  "returen var jättekrånglig",
                  "returetiketten fungerade inte, så dåligt",
                  "fick aldrig pengarna tillbaka, skandal"),
              "payment",
              List.of(
                  "jag blev dubbeldebiterad, helt oacceptabelt",
                  "det strulade med kortbetalningen {n} gånger",
                  "fakturan från Klarna hade fel belopp",
                  "betalningen gick inte igenom, väldigt irriterande"),
              "communication",
              List.of(
                  "fick ingen bekräftelse på mejl, dåligt",
                  "ingen informerade mig om förseningen",
                  "alldeles för många mejl och sms, irriterande",
                  "jag fick bara otydlig information om min order")),
          Map.of(
              "delivery",
              List.of(
                  "väldigt snabb leverans",
                  "paketet kom fram redan dagen efter, toppen",
                  "leveransen kom i tid och budet var trevligt",
                  "smidig leverans med {carrier}",
                  "snabb och smidig leverans"),
              "price",
              List.of(
                  "prisvärt och bra",
                  "riktigt bra pris",
                  "det är billigare än överallt annars, kanon",
                  "fri frakt och bra rabatt"),
              "product_quality",
              List.of(
                  "jag tycker att kvaliteten är superbra",
                  "produkten är välgjord och håller bra",
                  "jackan sitter perfekt och materialet känns gediget",
                  "fin kvalitet, helt perfekt"),
              "customer_service",
              List.of(
                  "kundtjänst var trevlig och hjälpsam",
                  "supporten löste mitt ärende snabbt",
                  "väldigt trevlig personal i telefonen",
                  "fick snabb hjälp i chatten, tack"),
              "website_app",
              List.of(
                  "hemsidan är lätt att använda",
                  "appen är snabb och smidig",
                  "det är enkelt att beställa i appen"),
              "returns_refunds",
              List.of(
                  "returen var enkel och gick snabbt",
                  "det var smidigt att byta storlek",
                  "fick pengarna tillbaka inom {n} dagar, toppen"),
              "payment",
              List.of(
                  "smidigt att betala med Swish",
                  "det var enkelt att betala med Klarna",
                  "betalningen gick snabbt och smidigt"),
              "communication",
              List.of(
                  "det var tydlig information hela vägen",
                  "jag fick bra uppdateringar via sms",
                  "fick snabbt besked om min order, bra")),
          List.of(
              "Riktigt dålig upplevelse den här gången.",
              "Besviken på det hela, hade förväntat mig mer.",
              "Inte alls bra."),
          List.of(
              "Allt var perfekt, tack!",
              "Jättebra, handlar gärna igen.",
              "Det var toppen som vanligt."),
          List.of("", "", "Hej. ", "Tja, "),
          List.of("", "", "Hej! ", "Wow, "),
          List.of(" och ", ", samt ", ". Och "),
          List.of("", " Besviken.", " Skärpning!", " Inte okej."),
          List.of("", " Tack!", " Handlar gärna igen.", " Rekommenderas!"));
}
