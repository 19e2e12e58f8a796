package io.feedbackloop.routing.internal.link;

import io.feedbackloop.routing.suppression.SmsKeyword;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The SMS opt-out and opt-in keyword table. A reply is a keyword only if the whole message is one
 * (after trimming, upper-casing, dropping accents, inner spaces, hyphens and trailing '.'/'!'), so
 * that "please don't stop" opts nobody out.
 */
public final class SmsKeywords {
  /**
   * Opt-out words. English: the CTIA/carrier set (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT)
   * and the words of the FCC's 2024 revocation rule (REVOKE, OPT OUT). Swedish: STOPP, the spelling
   * Swedish senders ask for ("svara STOPP"), AVSLUTA (end), AVANMÄL/AVREGISTRERA (unsubscribe).
   * Dutch: STOP itself, STOPPEN, AFMELDEN and UITSCHRIJVEN (unsubscribe). German: STOPP, ENDE,
   * ABMELDEN, ABBESTELLEN (unsubscribe, cancel a subscription). Polish: STOP itself, WYPISZ (take
   * me off), REZYGNACJA/REZYGNUJĘ (resignation); not NIE ("no"), which is too often a plain answer.
   */
  static final Set<String> STOP =
      Set.of(
          "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
          "STOPP", "AVSLUTA", "AVANMAL", "AVREGISTRERA",
          "STOPPEN", "AFMELDEN", "UITSCHRIJVEN",
          "ENDE", "ABMELDEN", "ABBESTELLEN",
          "WYPISZ", "REZYGNACJA", "REZYGNUJE");

  /** Opt-in words: the carrier set START and UNSTOP, and Swedish STARTA. Not YES: too common. */
  static final Set<String> START = Set.of("START", "UNSTOP", "STARTA");

  private static final int MAX_LENGTH = 40;

  private SmsKeywords() {}

  /** Classifies a reply. */
  public static SmsKeyword classify(String text) {
    String word = normalize(text);
    if (STOP.contains(word)) {
      return SmsKeyword.STOP;
    }
    return START.contains(word) ? SmsKeyword.START : SmsKeyword.NONE;
  }

  /** The reply as compared with the table; empty if it is too long to be a keyword. */
  static String normalize(String text) {
    String t = text.strip();
    if (t.length() > MAX_LENGTH) {
      return "";
    }
    while (!t.isEmpty() && (t.endsWith(".") || t.endsWith("!"))) {
      t = t.substring(0, t.length() - 1);
    }
    String folded = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.replaceAll("[\\s\\-_]", "").toUpperCase(Locale.ROOT);
  }
}
