package io.feedbackloop.routing.internal.rules.json;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Arr;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Bool;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Node;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Num;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Obj;
import io.feedbackloop.routing.internal.rules.json.JsonTree.Str;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Comparison;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.text.Sentiment;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rule-set document strictly: every unknown property, unknown operator, operator of the
 * wrong type, missing or mistyped value is reported with its JSON pointer; nothing is guessed.
 */
public final class RuleReader {
  /** The only schema version this reader reads. */
  public static final int SCHEMA_VERSION = 1;

  static final List<String> CONDITION_KINDS =
      List.of(
          "all", "any", "not", "always", "category", "score", "survey", "touchpoint", "channel",
          "locale", "attribute", "text", "topic", "sentiment", "firstResponse", "repeatDetractor",
          "scoreDropped");
  static final List<String> ACTION_KINDS =
      List.of(
          "openCase", "notifyTeam", "messageCustomer", "tag", "suppressSurveys", "escalate",
          "custom");
  private static final List<String> COMPARISONS =
      Arrays.stream(Comparison.values()).map(Comparison::wireName).toList();
  private static final List<String> TEXT_OPS = List.of("containsAny", "containsAll");
  private static final List<String> ATTRIBUTE_OPS = concat(List.of("in", "exists"), COMPARISONS);
  private static final Set<String> ALL_OPS = Set.copyOf(concat(ATTRIBUTE_OPS, TEXT_OPS));
  private static final Map<String, Category> CATEGORY_LABELS = categoryLabels();
  private static final Map<String, Sentiment> SENTIMENT_LABELS = sentimentLabels();

  private final List<Problem> problems = new ArrayList<>();

  private RuleReader() {}

  /**
   * Reads a rule set.
   *
   * @throws ValidationException with every problem found
   */
  public static RuleSet read(byte[] json, int maxBytes) {
    RuleReader reader = new RuleReader();
    if (json.length > maxBytes) {
      reader.problem(
          "", ProblemCode.JSON_TOO_LARGE,
          "the document has " + json.length + " bytes, more than the limit of " + maxBytes);
      throw reader.failure();
    }
    Node root = JsonTree.parse(json, reader.problems);
    RuleSet set = root == null ? null : reader.ruleSet(root);
    if (set == null || !reader.problems.isEmpty()) {
      throw reader.failure();
    }
    return set;
  }

  private ValidationException failure() {
    return new ValidationException("rule set document", problems);
  }

  private @Nullable RuleSet ruleSet(Node root) {
    Fields f =
        fields(root, "", "a rule set", List.of("schemaVersion", "id", "version", "rules"),
            List.of("schemaVersion", "id", "rules"));
    if (f == null) {
      return null;
    }
    Integer schema = f.integer("schemaVersion");
    if (schema != null && schema != SCHEMA_VERSION) {
      problem(
          "/schemaVersion", ProblemCode.JSON_UNSUPPORTED_VERSION,
          "schemaVersion " + schema + " is not supported (this SDK reads " + SCHEMA_VERSION + ")");
      return null;
    }
    String id = f.identifier("id");
    Integer version = f.integer("version");
    if (version != null && version < 1) {
      problem("/version", ProblemCode.JSON_INVALID_VALUE, "version must be >= 1, but was " + version);
    }
    List<Node> ruleNodes = f.array("rules");
    List<Rule> rules = new ArrayList<>();
    if (ruleNodes != null) {
      for (int i = 0; i < ruleNodes.size(); i++) {
        Rule r = rule(ruleNodes.get(i), "/rules/" + i);
        if (r != null) {
          rules.add(r);
        }
      }
    }
    if (!problems.isEmpty() || id == null) {
      return null;
    }
    try {
      return RuleSet.builder(id).version(version == null ? 1 : version).rules(rules).build();
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private @Nullable Rule rule(Node node, String path) {
    int before = problems.size();
    Fields f =
        fields(node, path, "a rule",
            List.of("id", "name", "description", "priority", "enabled", "effectiveFrom",
                "effectiveUntil", "when", "then", "stopProcessing"),
            List.of("id", "when", "then"));
    if (f == null) {
      return null;
    }
    String id = f.identifier("id");
    String name = f.string("name");
    if (name != null && name.isBlank()) {
      problem(path + "/name", ProblemCode.JSON_INVALID_VALUE, "name must not be blank");
    }
    String description = f.string("description");
    Integer priority = f.integer("priority");
    Boolean enabled = f.bool("enabled");
    Instant from = f.instant("effectiveFrom");
    Instant until = f.instant("effectiveUntil");
    if (from != null && until != null && !from.isBefore(until)) {
      problem(path + "/effectiveUntil", ProblemCode.JSON_INVALID_VALUE,
          "effectiveUntil must be after effectiveFrom (" + from + "), but was " + until);
    }
    Boolean stop = f.bool("stopProcessing");
    Node whenNode = f.node("when");
    Condition when = whenNode == null ? null : condition(whenNode, path + "/when");
    List<Node> thenNodes = f.array("then");
    List<Action> actions = new ArrayList<>();
    if (thenNodes != null) {
      if (thenNodes.isEmpty()) {
        problem(path + "/then", ProblemCode.JSON_INVALID_VALUE, "a rule needs at least one action");
      }
      for (int i = 0; i < thenNodes.size(); i++) {
        Action a = action(thenNodes.get(i), path + "/then/" + i);
        if (a != null) {
          actions.add(a);
        }
      }
    }
    if (problems.size() > before || id == null || when == null) {
      return null;
    }
    Rule.Builder b = Rule.builder(id).when(when).then(actions).effective(from, until);
    if (name != null) {
      b.name(name);
    }
    if (description != null) {
      b.description(description);
    }
    if (priority != null) {
      b.priority(priority);
    }
    if (enabled != null) {
      b.enabled(enabled);
    }
    if (stop != null) {
      b.stopProcessing(stop);
    }
    return b.build();
  }

  // ---- conditions ----

  private @Nullable Condition condition(Node node, String path) {
    Map.Entry<String, Node> e = single(node, path, "a condition", CONDITION_KINDS);
    if (e == null) {
      return null;
    }
    String p = path + "/" + e.getKey();
    Node v = e.getValue();
    switch (e.getKey()) {
      case "all", "any" -> {
        List<Node> items = arrayOf(v, p);
        if (items == null) {
          return null;
        }
        if (items.isEmpty()) {
          problem(p, ProblemCode.JSON_INVALID_VALUE, e.getKey() + " needs at least one condition");
          return null;
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Condition c = condition(items.get(i), p + "/" + i);
          if (c != null) {
            parts.add(c);
          }
        }
        if (parts.size() != items.size()) {
          return null;
        }
        return e.getKey().equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
      }
      case "not" -> {
        Condition inner = condition(v, p);
        return inner == null ? null : new Condition.Not(inner);
      }
      case "always" -> {
        return isTrue(v, p, "always") ? new Condition.Always() : null;
      }
      case "firstResponse" -> {
        return isTrue(v, p, "firstResponse") ? new Condition.FirstResponse() : null;
      }
      case "category" -> {
        return category(v, p);
      }
      case "score" -> {
        return score(v, p);
      }
      case "survey", "touchpoint" -> {
        Fields f = fields(v, p, "a " + e.getKey() + " condition", List.of("in"), List.of("in"));
        List<String> ids = f == null ? null : f.identifiers("in");
        if (ids == null) {
          return null;
        }
        return build(p, () -> e.getKey().equals("survey")
            ? new Condition.SurveyIn(ids) : new Condition.TouchpointIn(ids));
      }
      case "channel" -> {
        return channel(v, p);
      }
      case "locale" -> {
        return locale(v, p);
      }
      case "attribute" -> {
        return attribute(v, p);
      }
      case "text" -> {
        return text(v, p);
      }
      case "topic" -> {
        return topic(v, p);
      }
      case "sentiment" -> {
        return sentiment(v, p);
      }
      case "repeatDetractor" -> {
        Fields f = fields(v, p, "a repeatDetractor condition", List.of("question", "times", "within"),
            List.of("question", "times", "within"));
        if (f == null) {
          return null;
        }
        String q = f.identifier("question");
        Integer times = f.integer("times");
        Duration within = f.duration("within");
        if (q == null || times == null || within == null) {
          return null;
        }
        if (times < 2) {
          problem(p + "/times", ProblemCode.JSON_INVALID_VALUE, "times must be >= 2, but was " + times);
          return null;
        }
        return new Condition.RepeatDetractor(q, times, within);
      }
      case "scoreDropped" -> {
        Fields f = fields(v, p, "a scoreDropped condition", List.of("question", "by"),
            List.of("question", "by"));
        if (f == null) {
          return null;
        }
        String q = f.identifier("question");
        Integer by = f.integer("by");
        if (q == null || by == null) {
          return null;
        }
        if (by < 1) {
          problem(p + "/by", ProblemCode.JSON_INVALID_VALUE, "by must be >= 1, but was " + by);
          return null;
        }
        return new Condition.ScoreDropped(q, by);
      }
      default -> throw new IllegalStateException("unhandled kind " + e.getKey());
    }
  }

  private @Nullable Condition category(Node v, String p) {
    Fields f = fields(v, p, "a category condition", List.of("question", "in"), List.of("question", "in"));
    if (f == null) {
      return null;
    }
    String q = f.identifier("question");
    List<String> labels = f.strings("in");
    if (q == null || labels == null) {
      return null;
    }
    List<Category> categories = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Category c = CATEGORY_LABELS.get(labels.get(i));
      if (c == null) {
        problem(p + "/in/" + i, ProblemCode.JSON_INVALID_VALUE,
            "unknown category '" + JsonTree.printable(labels.get(i)) + "' (known: "
                + String.join(", ", CATEGORY_LABELS.keySet()) + ")");
      } else {
        categories.add(c);
      }
    }
    if (categories.size() != labels.size()) {
      return null;
    }
    return new Condition.CategoryIn(q, categories);
  }

  private @Nullable Condition score(Node v, String p) {
    Fields f = operatorFields(v, p, "score", "question", true, COMPARISONS);
    if (f == null) {
      return null;
    }
    String q = f.identifier("question");
    String op = f.operator;
    Node operand = op == null ? null : f.map.get(op);
    if (q == null || op == null || operand == null) {
      return null;
    }
    if (!(operand instanceof Num n) || !n.isInt()) {
      problem(p + "/" + op, ProblemCode.JSON_WRONG_TYPE,
          op + " on a score compares whole numbers, but was " + operand.typeName());
      return null;
    }
    return new Condition.ScoreIs(q, Comparison.fromWireName(op).orElseThrow(), n.intValue());
  }

  private @Nullable Condition channel(Node v, String p) {
    Fields f = fields(v, p, "a channel condition", List.of("in"), List.of("in"));
    List<String> names = f == null ? null : f.strings("in");
    if (names == null) {
      return null;
    }
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Channel c = Channel.fromWireName(names.get(i)).orElse(null);
      if (c == null) {
        problem(p + "/in/" + i, ProblemCode.JSON_INVALID_VALUE,
            "unknown channel '" + JsonTree.printable(names.get(i)) + "' (known: "
                + String.join(", ", Arrays.stream(Channel.values()).map(Channel::wireName).toList())
                + ")");
      } else {
        channels.add(c);
      }
    }
    return channels.size() == names.size() ? build(p, () -> new Condition.ChannelIn(channels)) : null;
  }

  private @Nullable Condition locale(Node v, String p) {
    Fields f = fields(v, p, "a locale condition", List.of("in"), List.of("in"));
    List<String> tags = f == null ? null : f.strings("in");
    if (tags == null) {
      return null;
    }
    List<Locale> locales = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      Locale l = Locale.forLanguageTag(tags.get(i));
      if (l.getLanguage().isEmpty() || !l.toLanguageTag().equalsIgnoreCase(tags.get(i))) {
        problem(p + "/in/" + i, ProblemCode.JSON_INVALID_VALUE,
            "'" + JsonTree.printable(tags.get(i)) + "' is not a BCP 47 language tag such as sv or de-AT");
      } else {
        locales.add(l);
      }
    }
    return locales.size() == tags.size() ? build(p, () -> new Condition.LocaleIn(locales)) : null;
  }

  private @Nullable Condition attribute(Node v, String p) {
    Fields f = operatorFields(v, p, "attribute", "name", true, ATTRIBUTE_OPS);
    if (f == null) {
      return null;
    }
    String name = f.identifier("name");
    String op = f.operator;
    Node operand = op == null ? null : f.map.get(op);
    if (name == null || op == null || operand == null) {
      return null;
    }
    String at = p + "/" + op;
    switch (op) {
      case "in" -> {
        List<String> values = f.strings("in");
        return values == null ? null : build(p, () -> new Condition.AttributeIn(name, values));
      }
      case "exists" -> {
        return isTrue(operand, at, "exists") ? new Condition.AttributeExists(name) : null;
      }
      default -> {
        if (op.equals("equals") && operand instanceof Str s) {
          return new Condition.AttributeIn(name, List.of(s.value()));
        }
        if (!(operand instanceof Num n)) {
          problem(at, ProblemCode.JSON_WRONG_TYPE,
              op + " on an attribute compares numbers"
                  + (op.equals("equals") ? " or strings" : "") + ", but was " + operand.typeName()
                  + (operand instanceof Str ? " (use equals or in to compare text)" : ""));
          return null;
        }
        if (!Double.isFinite(n.value())) {
          problem(at, ProblemCode.JSON_INVALID_VALUE, op + " needs a finite number");
          return null;
        }
        return new Condition.AttributeCompare(name, Comparison.fromWireName(op).orElseThrow(), n.value());
      }
    }
  }

  private @Nullable Condition text(Node v, String p) {
    Fields f = operatorFields(v, p, "text", "question", false, TEXT_OPS);
    if (f == null) {
      return null;
    }
    String q = f.has("question") ? f.identifier("question") : null;
    String op = f.operator;
    if (op == null || (f.has("question") && q == null)) {
      return null;
    }
    List<String> phrases = f.strings(op);
    if (phrases == null) {
      return null;
    }
    Condition.TextMatch match =
        op.equals("containsAll") ? Condition.TextMatch.ALL : Condition.TextMatch.ANY;
    for (int i = 0; i < phrases.size(); i++) {
      String phrase = phrases.get(i);
      if (io.feedbackloop.routing.internal.rules.TextNormalizer.fold(phrase).isBlank()) {
        problem(p + "/" + op + "/" + i, ProblemCode.JSON_INVALID_VALUE,
            "a phrase needs at least one letter or digit");
        return null;
      }
    }
    return build(p, () -> new Condition.TextContains(q, match, phrases));
  }

  private @Nullable Condition topic(Node v, String p) {
    Fields f = fields(v, p, "a topic condition", List.of("in"), List.of("in"));
    List<String> ids = f == null ? null : f.strings("in");
    if (ids == null) {
      return null;
    }
    boolean ok = true;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (build(p + "/in/" + i, () -> Condition.TopicIn.of(id)) == null) {
        ok = false;
      }
    }
    return ok ? Condition.TopicIn.of(ids.toArray(new String[0])) : null;
  }

  private @Nullable Condition sentiment(Node v, String p) {
    Fields f = fields(v, p, "a sentiment condition", List.of("in"), List.of("in"));
    List<String> labels = f == null ? null : f.strings("in");
    if (labels == null) {
      return null;
    }
    Set<Sentiment> sentiments = EnumSet.noneOf(Sentiment.class);
    for (int i = 0; i < labels.size(); i++) {
      Sentiment s = SENTIMENT_LABELS.get(labels.get(i));
      if (s == null) {
        problem(p + "/in/" + i, ProblemCode.JSON_INVALID_VALUE,
            "unknown sentiment '" + JsonTree.printable(labels.get(i)) + "' (known: "
                + String.join(", ", SENTIMENT_LABELS.keySet()) + ")");
        return null;
      }
      sentiments.add(s);
    }
    return new Condition.SentimentIn(sentiments);
  }

  // ---- actions ----

  private @Nullable Action action(Node node, String path) {
    Map.Entry<String, Node> e = single(node, path, "an action", ACTION_KINDS);
    if (e == null) {
      return null;
    }
    String p = path + "/" + e.getKey();
    Node v = e.getValue();
    switch (e.getKey()) {
      case "openCase" -> {
        Fields f = fields(v, p, "an openCase action", List.of("team", "priority", "sla"),
            List.of("team", "priority", "sla"));
        if (f == null) {
          return null;
        }
        String team = f.identifier("team");
        String prio = f.string("priority");
        Duration sla = f.duration("sla");
        Action.CasePriority priority = null;
        if (prio != null) {
          priority = Action.CasePriority.fromWireName(prio).orElse(null);
          if (priority == null) {
            problem(p + "/priority", ProblemCode.JSON_INVALID_VALUE,
                "unknown priority '" + JsonTree.printable(prio) + "' (known: low, normal, high, urgent)");
          }
        }
        if (team == null || priority == null || sla == null) {
          return null;
        }
        Action.CasePriority pr = priority;
        return build(p, () -> new Action.OpenCase(team, pr, sla));
      }
      case "notifyTeam" -> {
        Fields f = fields(v, p, "a notifyTeam action", List.of("team", "channel", "template"),
            List.of("team", "channel", "template"));
        if (f == null) {
          return null;
        }
        String team = f.identifier("team");
        String channel = f.string("channel");
        String template = f.identifier("template");
        if (team == null || channel == null || template == null) {
          return null;
        }
        return build(p, () -> new Action.NotifyTeam(team, channel, template));
      }
      case "messageCustomer" -> {
        Fields f = fields(v, p, "a messageCustomer action", List.of("message", "link"), List.of("message"));
        if (f == null) {
          return null;
        }
        String kind = f.string("message");
        String link = f.string("link");
        if (kind == null) {
          return null;
        }
        Action.MessageKind mk = Action.MessageKind.fromWireName(kind).orElse(null);
        if (mk == null) {
          problem(p + "/message", ProblemCode.JSON_INVALID_VALUE,
              "unknown message '" + JsonTree.printable(kind) + "' (known: "
                  + String.join(", ", Arrays.stream(Action.MessageKind.values())
                      .map(Action.MessageKind::wireName).toList()) + ")");
          return null;
        }
        URI uri = null;
        if (link != null) {
          try {
            uri = new URI(link);
          } catch (URISyntaxException ex) {
            problem(p + "/link", ProblemCode.JSON_INVALID_VALUE, "link is not a valid URI");
            return null;
          }
        }
        URI u = uri;
        return build(p, () -> new Action.MessageCustomer(mk, u));
      }
      case "tag" -> {
        Fields f = fields(v, p, "a tag action", List.of("name"), List.of("name"));
        String name = f == null ? null : f.identifier("name");
        return name == null ? null : new Action.Tag(name);
      }
      case "suppressSurveys" -> {
        Fields f = fields(v, p, "a suppressSurveys action", List.of("period"), List.of("period"));
        Duration d = f == null ? null : f.duration("period");
        return d == null ? null : new Action.SuppressSurveys(d);
      }
      case "escalate" -> {
        Fields f = fields(v, p, "an escalate action", List.of("to", "reason"), List.of("to", "reason"));
        if (f == null) {
          return null;
        }
        String to = f.identifier("to");
        String reason = f.string("reason");
        if (to == null || reason == null) {
          return null;
        }
        return build(p, () -> new Action.Escalate(to, reason));
      }
      case "custom" -> {
        Fields f = fields(v, p, "a custom action", List.of("type", "parameters"), List.of("type"));
        if (f == null) {
          return null;
        }
        String type = f.identifier("type");
        Map<String, String> params = new TreeMap<>();
        Node pn = f.node("parameters");
        boolean ok = type != null;
        if (pn != null) {
          if (!(pn instanceof Obj o)) {
            wrongType(p + "/parameters", "an object of strings", pn);
            return null;
          }
          for (Map.Entry<String, Node> pe : o.fields().entrySet()) {
            String pp = p + "/parameters/" + Problem.escape(pe.getKey());
            if (!Checks.isIdentifier(pe.getKey())) {
              problem(pp, ProblemCode.JSON_INVALID_VALUE,
                  "parameter name '" + JsonTree.printable(pe.getKey()) + "' is not an identifier");
              ok = false;
            } else if (!(pe.getValue() instanceof Str s)) {
              wrongType(pp, "a string", pe.getValue());
              ok = false;
            } else {
              params.put(pe.getKey(), s.value());
            }
          }
        }
        return ok && type != null ? new Action.Custom(type, params) : null;
      }
      default -> throw new IllegalStateException("unhandled kind " + e.getKey());
    }
  }

  // ---- helpers ----

  private <T> @Nullable T build(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      problem(path, ProblemCode.JSON_INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private boolean isTrue(Node v, String path, String what) {
    if (!(v instanceof Bool b)) {
      wrongType(path, "true", v);
      return false;
    }
    if (!b.value()) {
      problem(path, ProblemCode.JSON_INVALID_VALUE,
          what + " can only be true (negate with {\"not\": ...})");
    }
    return b.value();
  }

  private Map.@Nullable Entry<String, Node> single(
      Node node, String path, String what, List<String> kinds) {
    if (!(node instanceof Obj o)) {
      wrongType(path, what + " object", node);
      return null;
    }
    if (o.fields().size() != 1) {
      problem(path, ProblemCode.JSON_INVALID_VALUE,
          what + " is an object with exactly one property naming its kind, but had "
              + o.fields().size() + (o.fields().isEmpty() ? "" : ": " + printableKeys(o)));
      return null;
    }
    Map.Entry<String, Node> e = o.fields().entrySet().iterator().next();
    if (!kinds.contains(e.getKey())) {
      problem(path + "/" + Problem.escape(e.getKey()), ProblemCode.JSON_UNKNOWN_PROPERTY,
          "unknown " + what.substring(what.indexOf(' ') + 1) + " '" + JsonTree.printable(e.getKey())
              + "' (known: " + String.join(", ", kinds) + ")");
      return null;
    }
    return e;
  }

  private static String printableKeys(Obj o) {
    List<String> keys = new ArrayList<>();
    for (String k : o.fields().keySet()) {
      keys.add(JsonTree.printable(k));
    }
    return keys.toString();
  }

  private @Nullable List<Node> arrayOf(Node v, String path) {
    if (v instanceof Arr a) {
      return a.items();
    }
    wrongType(path, "an array", v);
    return null;
  }

  private void wrongType(String path, String expected, Node actual) {
    problem(path, ProblemCode.JSON_WRONG_TYPE, "expected " + expected + ", but was " + actual.typeName());
  }

  private void problem(String path, ProblemCode code, String message) {
    problems.add(new Problem(path, code, message));
  }

  private @Nullable Fields fields(
      Node node, String path, String what, List<String> allowed, List<String> required) {
    if (!(node instanceof Obj o)) {
      wrongType(path, what.substring(what.indexOf(' ') + 1) + " object", node);
      return null;
    }
    // problems are reported and reading goes on, so that one pass reports everything
    for (String key : o.fields().keySet()) {
      if (!allowed.contains(key)) {
        problem(path + "/" + Problem.escape(key), ProblemCode.JSON_UNKNOWN_PROPERTY,
            "unknown property '" + JsonTree.printable(key) + "' in " + what + " (known: "
                + String.join(", ", allowed) + ")");
      }
    }
    for (String key : required) {
      if (!o.fields().containsKey(key)) {
        problem(path, ProblemCode.JSON_MISSING_PROPERTY, what + " needs the property '" + key + "'");
      }
    }
    return new Fields(o.fields(), path, null);
  }

  /**
   * Fields of a condition with one plain property ({@code question} or {@code name}, required or
   * not) and exactly one operator.
   */
  private @Nullable Fields operatorFields(
      Node node, String path, String kind, String plain, boolean plainRequired,
      List<String> operators) {
    if (!(node instanceof Obj o)) {
      wrongType(path, article(kind) + " condition object", node);
      return null;
    }
    boolean ok = true;
    List<String> given = new ArrayList<>();
    for (String key : o.fields().keySet()) {
      String at = path + "/" + Problem.escape(key);
      if (operators.contains(key)) {
        given.add(key);
      } else if (ALL_OPS.contains(key)) {
        problem(at, ProblemCode.JSON_INVALID_VALUE,
            "the operator '" + key + "' does not apply to " + kind + " (use one of: "
                + String.join(", ", operators) + ")");
        ok = false;
      } else if (!plain.equals(key)) {
        problem(at, ProblemCode.JSON_UNKNOWN_PROPERTY,
            "unknown operator or property '" + JsonTree.printable(key) + "' in " + article(kind)
                + " condition (properties: " + plain + "; operators: "
                + String.join(", ", operators) + ")");
        ok = false;
      }
    }
    if (plainRequired && !o.fields().containsKey(plain)) {
      problem(path, ProblemCode.JSON_MISSING_PROPERTY,
          article(kind) + " condition needs the property '" + plain + "'");
      ok = false;
    }
    if (given.isEmpty() && ok) {
      problem(path, ProblemCode.JSON_MISSING_PROPERTY,
          article(kind) + " condition needs one operator: " + String.join(", ", operators));
      ok = false;
    } else if (given.size() > 1) {
      problem(path, ProblemCode.JSON_INVALID_VALUE,
          article(kind) + " condition takes exactly one operator, but had " + given);
      ok = false;
    }
    return ok ? new Fields(o.fields(), path, given.get(0)) : null;
  }

  private final class Fields {
    final Map<String, Node> map;
    final String path;
    final @Nullable String operator;

    Fields(Map<String, Node> map, String path, @Nullable String operator) {
      this.map = map;
      this.path = path;
      this.operator = operator;
    }

    boolean has(String key) {
      return map.containsKey(key);
    }

    /** The value of {@code key}; a missing required key was reported by {@link #fields}. */
    @Nullable Node node(String key) {
      return map.get(key);
    }

    String at(String key) {
      return path + "/" + key;
    }

    @Nullable String string(String key) {
      Node n = node(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Str s) {
        return s.value();
      }
      wrongType(at(key), "a string", n);
      return null;
    }

    @Nullable String identifier(String key) {
      String s = string(key);
      if (s != null && !Checks.isIdentifier(s)) {
        problem(at(key), ProblemCode.JSON_INVALID_VALUE,
            key + " must be 1-64 characters of letters, digits, '.', '_' or '-' starting with a"
                + " letter or digit, but was '" + JsonTree.printable(s) + "'");
        return null;
      }
      return s;
    }

    @Nullable Integer integer(String key) {
      Node n = node(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Num num && num.isInt()) {
        return num.intValue();
      }
      wrongType(at(key), "a whole number (32 bits)", n);
      return null;
    }

    @Nullable Boolean bool(String key) {
      Node n = node(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Bool b) {
        return b.value();
      }
      wrongType(at(key), "a boolean", n);
      return null;
    }

    @Nullable List<Node> array(String key) {
      Node n = node(key);
      return n == null ? null : arrayOf(n, at(key));
    }

    @Nullable List<String> strings(String key) {
      List<Node> items = array(key);
      if (items == null) {
        return null;
      }
      if (items.isEmpty()) {
        problem(at(key), ProblemCode.JSON_INVALID_VALUE, key + " needs at least one value");
        return null;
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Str s) {
          out.add(s.value());
        } else {
          wrongType(at(key) + "/" + i, "a string", items.get(i));
        }
      }
      return out.size() == items.size() ? out : null;
    }

    @Nullable List<String> identifiers(String key) {
      List<String> values = strings(key);
      if (values == null) {
        return null;
      }
      boolean ok = true;
      for (int i = 0; i < values.size(); i++) {
        if (!Checks.isIdentifier(values.get(i))) {
          problem(at(key) + "/" + i, ProblemCode.JSON_INVALID_VALUE,
              "'" + JsonTree.printable(values.get(i)) + "' is not an identifier (1-64 letters,"
                  + " digits, '.', '_' or '-')");
          ok = false;
        }
      }
      return ok ? values : null;
    }

    @Nullable Duration duration(String key) {
      String s = string(key);
      if (s == null) {
        return null;
      }
      try {
        Duration d = Duration.parse(s);
        if (d.isNegative() || d.isZero()) {
          problem(at(key), ProblemCode.JSON_INVALID_VALUE, key + " must be > 0, but was " + d);
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        problem(at(key), ProblemCode.JSON_INVALID_VALUE,
            key + " must be an ISO-8601 duration such as PT24H or P90D, but was '"
                + JsonTree.printable(s) + "'");
        return null;
      }
    }

    @Nullable Instant instant(String key) {
      String s = string(key);
      if (s == null) {
        return null;
      }
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        problem(at(key), ProblemCode.JSON_INVALID_VALUE,
            key + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, but was '"
                + JsonTree.printable(s) + "'");
        return null;
      }
    }
  }

  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static Map<String, Sentiment> sentimentLabels() {
    Map<String, Sentiment> labels = new LinkedHashMap<>();
    for (Sentiment s : Sentiment.values()) {
      labels.put(s.label(), s);
    }
    return labels;
  }

  private static Map<String, Category> categoryLabels() {
    Map<String, Category> labels = new LinkedHashMap<>();
    for (Metric m : List.of(Metric.NPS, Metric.CSAT, Metric.CES, Metric.NONE)) {
      for (Category c : Category.values()) {
        labels.putIfAbsent(c.label(m), c);
      }
    }
    labels.putIfAbsent("thumbs_up", Category.POSITIVE);
    labels.putIfAbsent("thumbs_down", Category.NEGATIVE);
    return labels;
  }
}
