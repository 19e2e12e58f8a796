package io.feedbackloop.benchmarks.rules;

import static io.feedbackloop.routing.rules.Conditions.all;
import static io.feedbackloop.routing.rules.Conditions.any;
import static io.feedbackloop.routing.rules.Conditions.attribute;
import static io.feedbackloop.routing.rules.Conditions.attributeEquals;
import static io.feedbackloop.routing.rules.Conditions.attributeIn;
import static io.feedbackloop.routing.rules.Conditions.detractor;
import static io.feedbackloop.routing.rules.Conditions.not;
import static io.feedbackloop.routing.rules.Conditions.passive;
import static io.feedbackloop.routing.rules.Conditions.promoter;
import static io.feedbackloop.routing.rules.Conditions.textContainsAny;
import static io.feedbackloop.routing.rules.Conditions.touchpoint;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Comparison;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One generated rule, expressible in all four forms: our Conditions DSL ({@link #toRule}), a
 * hand-written if ({@link #test}), an Easy Rules MVEL expression ({@link #mvel}) and a Drools DRL
 * rule ({@link #drl}). Six kinds, mixing categories, scores, touchpoints, channels, attributes and
 * text:
 *
 * <ol start="0">
 *   <li>category(nps) and touchpoint
 *   <li>score(nps) &lt;= k and attribute orderValue &gt; v
 *   <li>attribute region in {r1, r2} and channel
 *   <li>comment contains any of {w1, w2} and detractor(nps)
 *   <li>attribute tier == t and not promoter(nps)
 *   <li>(comment contains w1 or score(nps) &lt;= k) and attribute region == r1
 * </ol>
 */
record RuleSpec(
    String id,
    int priority,
    int kind,
    int category,
    String s1,
    String s2,
    int score,
    double value,
    Channel channel,
    String w1,
    String w2) {

  static final String[] CATEGORIES = {"detractor", "passive", "promoter"};
  static final String[] TOUCHPOINTS = {
    "checkout", "delivery", "support", "onboarding", "billing", "returns", "app", "store"
  };
  static final Channel[] CHANNELS = {
    Channel.EMAIL, Channel.SMS, Channel.WEB, Channel.IN_APP, Channel.PHONE
  };
  static final String[] REGIONS = {"eu", "us", "apac", "latam", "mea", "nordics"};
  static final String[] TIERS = {"free", "basic", "pro", "enterprise"};
  static final String[] WORDS = {
    "late", "broken", "refund", "rude", "slow", "great", "fast", "friendly", "expensive", "cheap",
    "crash", "bug", "helpful", "missing", "damaged", "delay", "easy", "hard", "confusing", "love",
    "hate", "wait", "price", "quality", "staff", "delivery", "app", "login", "password", "cancel",
    "support", "agent", "package", "order", "invoice", "charge", "excellent", "terrible", "okay",
    "fine"
  };

  /** {@code count} seeded rules; the same seed and count always give the same rules. */
  static List<RuleSpec> generate(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<RuleSpec> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String w1 = WORDS[r.nextInt(WORDS.length)];
      String w2 = WORDS[r.nextInt(WORDS.length)];
      while (w2.equals(w1)) {
        w2 = WORDS[r.nextInt(WORDS.length)];
      }
      String r1 = REGIONS[r.nextInt(REGIONS.length)];
      String r2 = REGIONS[r.nextInt(REGIONS.length)];
      while (r2.equals(r1)) {
        r2 = REGIONS[r.nextInt(REGIONS.length)];
      }
      int kind = i % 6;
      String s1 =
          switch (kind) {
            case 0 -> TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)];
            case 4 -> TIERS[r.nextInt(TIERS.length)];
            default -> r1;
          };
      out.add(
          new RuleSpec(
              String.format(Locale.ROOT, "r%05d", i),
              r.nextInt(100),
              kind,
              r.nextInt(3),
              s1,
              r2,
              r.nextInt(9),
              50.0 * r.nextInt(19),
              CHANNELS[r.nextInt(CHANNELS.length)],
              " " + w1 + " ",
              " " + w2 + " "));
    }
    return out;
  }

  /** The rule set of {@code specs}, each rule tagging the response with its id. */
  static RuleSet ruleSet(List<RuleSpec> specs) {
    RuleSet.Builder b = RuleSet.builder("bench");
    for (RuleSpec s : specs) {
      b.rule(s.toRule());
    }
    return b.build();
  }

  /** Our form: the Conditions DSL. */
  Rule toRule() {
    return Rule.builder(id).priority(priority).when(condition()).then(new Action.Tag(id)).build();
  }

  private Condition condition() {
    return switch (kind) {
      case 0 -> all(categoryCondition(), touchpoint(s1));
      case 1 ->
          all(
              Conditions.score("nps", Comparison.AT_MOST, score),
              attribute("orderValue", Comparison.GREATER_THAN, value));
      case 2 -> all(attributeIn("region", s1, s2), Conditions.channel(channel));
      case 3 -> all(textContainsAny("comment", w1.strip(), w2.strip()), detractor("nps"));
      case 4 -> all(attributeEquals("tier", s1), not(promoter("nps")));
      default ->
          all(
              any(textContainsAny("comment", w1.strip()), Conditions.score("nps", Comparison.AT_MOST, score)),
              attributeEquals("region", s1));
    };
  }

  private Condition categoryCondition() {
    return switch (category) {
      case 0 -> detractor("nps");
      case 1 -> passive("nps");
      default -> promoter("nps");
    };
  }

  /** The floor: the rule as a hand-written if over the flat fact. */
  boolean test(RuleFact f) {
    return switch (kind) {
      case 0 -> f.getCategory().equals(CATEGORIES[category]) && s1.equals(f.getTouchpoint());
      case 1 -> f.getNpsScore() <= score && f.getOrderValue() > value;
      case 2 ->
          (s1.equals(f.getRegion()) || s2.equals(f.getRegion()))
              && channel.wireName().equals(f.getChannel());
      case 3 ->
          (f.getComment().contains(w1) || f.getComment().contains(w2))
              && f.getNpsScore() <= 6;
      case 4 -> s1.equals(f.getTier()) && f.getNpsScore() <= 8;
      default ->
          (f.getComment().contains(w1) || f.getNpsScore() <= score)
              && s1.equals(f.getRegion());
    };
  }

  /** Easy Rules: the condition as an MVEL expression over the fact {@code f}. */
  String mvel() {
    return switch (kind) {
      case 0 ->
          "f.category == \"" + CATEGORIES[category] + "\" && f.touchpoint == \"" + s1 + "\"";
      case 1 -> "f.npsScore <= " + score + " && f.orderValue > " + value;
      case 2 ->
          "(f.region == \"" + s1 + "\" || f.region == \"" + s2 + "\") && f.channel == \""
              + channel.wireName() + "\"";
      case 3 ->
          "(f.comment.contains(\"" + w1 + "\") || f.comment.contains(\"" + w2 + "\")) && f.npsScore <= 6";
      case 4 -> "f.tier == \"" + s1 + "\" && f.npsScore <= 8";
      default ->
          "(f.comment.contains(\"" + w1 + "\") || f.npsScore <= " + score + ") && f.region == \""
              + s1 + "\"";
    };
  }

  /** Drools: the rule in DRL, counting its match on the global {@code counter}. */
  String drl() {
    String constraints =
        switch (kind) {
          case 0 -> "category == \"" + CATEGORIES[category] + "\", touchpoint == \"" + s1 + "\"";
          case 1 -> "npsScore <= " + score + ", orderValue > " + value;
          case 2 ->
              "region == \"" + s1 + "\" || region == \"" + s2 + "\", channel == \""
                  + channel.wireName() + "\"";
          case 3 ->
              "comment.contains(\"" + w1 + "\") || comment.contains(\"" + w2 + "\"), npsScore <= 6";
          case 4 -> "tier == \"" + s1 + "\", npsScore <= 8";
          default ->
              "comment.contains(\"" + w1 + "\") || npsScore <= " + score + ", region == \"" + s1
                  + "\"";
        };
    return "rule \"" + id + "\" salience " + priority + "\nwhen\n  RuleFact(" + constraints
        + ")\nthen\n  counter.hit();\nend\n";
  }

  /** The DRL package of {@code specs}. */
  static String drl(List<RuleSpec> specs) {
    StringBuilder sb =
        new StringBuilder(
            """
            package io.feedbackloop.benchmarks.rules.drl;
            import io.feedbackloop.benchmarks.rules.RuleFact;
            global io.feedbackloop.benchmarks.rules.MatchCounter counter;

            """);
    for (RuleSpec s : specs) {
      sb.append(s.drl()).append('\n');
    }
    return sb.toString();
  }
}
