package io.feedbackloop.scoring.internal.text;

/**
 * The polarity of the emoji and text emoticons in a comment, which the tokenizer drops: in
 * feedback they are the writer's own verdict ("Lieferung in 24 Std, Wahnsinn 🚀", "Hoe doen jullie
 * dat?! 😄"). Each positive one counts +1 and each negative one -1, at most {@value #CAP} of each
 * kind, so that a row of thumbs does not outweigh the words. Emoji whose reading depends on the
 * writer (😂, 🔥, 🙏, 😅) count nothing. Stateless.
 */
final class Emoji {
  /** The most of one kind that counts. */
  static final int CAP = 2;

  private static final String POSITIVE =
      "😀😁😃😄😆😊😇🙂😉😍🥰😘😎🤩🥳😋👍👌👏🙌💪❤♥💕💖💗💙💚💛💜🧡💯🎉🚀⭐🌟✨✅☺🤗😻";
  private static final String NEGATIVE =
      "😡😠🤬😤😞😔😟😕🙁☹😢😭😩😫😒🙄👎💩🤮🤢😖😣❌😰😱🤯💔";
  private static final String[] POSITIVE_EMOTICONS = {":)", ":-)", ":D", ":-D", "=)", ";)"};
  private static final String[] NEGATIVE_EMOTICONS = {":(", ":-(", ":'("};

  private Emoji() {}

  /** The summed polarity of {@code text}'s emoji and emoticons, in [-CAP, CAP]. */
  static int polarity(String text) {
    int positive = 0;
    int negative = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x2600) {
        continue;
      }
      if (POSITIVE.indexOf(cp) >= 0) {
        positive++;
      } else if (NEGATIVE.indexOf(cp) >= 0) {
        negative++;
      }
    }
    positive += count(text, POSITIVE_EMOTICONS);
    negative += count(text, NEGATIVE_EMOTICONS);
    return Math.min(positive, CAP) - Math.min(negative, CAP);
  }

  private static int count(String text, String[] emoticons) {
    if (text.indexOf(')') < 0 && text.indexOf('(') < 0 && text.indexOf('D') < 0) {
      return 0;
    }
    int n = 0;
    for (String e : emoticons) {
      for (int at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + e.length())) {
        n++;
      }
    }
    return n;
  }
}
