package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import io.feedbackloop.scoring.text.Sentiment;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RuleJsonTest {

  /** Every condition and action kind, for round trips. */
  static RuleSet everything() {
    return RuleSet.builder("everything").version(4)
        .rule(Rule.builder("a").name("All kinds").description("d").priority(10)
            .effective(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))
            .when(all(category("nps", Category.NEGATIVE, Category.NEUTRAL), score("nps", Comparison.AT_MOST, 6),
                any(survey("post-delivery"), touchpoint("delivery"), channel(Channel.EMAIL, Channel.IN_APP),
                    locale("sv", "de-AT")),
                not(attributeIn("customer_tier", "gold", "platinum")),
                attribute("order_value", Comparison.GREATER_THAN, 99.5),
                attribute("items", Comparison.NOT_EQUALS, 3),
                attributeExists("region"),
                textContainsAny("comment", "försenad", "Lieferung kam"),
                textContainsAll("comment", "zwrot"),
                anyTextContainsAny("refund"),
                topic("price", "delivery"),
                not(sentiment(Sentiment.POSITIVE, Sentiment.NEUTRAL)),
                firstResponse(),
                Conditions.repeatDetractor("nps", 2, Duration.ofDays(90)),
                Conditions.scoreDropped("nps", 3)))
            .then(new Action.OpenCase("support", CasePriority.URGENT, Duration.ofHours(4)),
                new Action.NotifyTeam("support", "#cx \"alerts\"", "detractor-alert"),
                new Action.MessageCustomer(MessageKind.REVIEW_REQUEST, URI.create("https://r.example/x?a=1")),
                Action.MessageCustomer.of(MessageKind.APOLOGY),
                new Action.Tag("late"),
                new Action.SuppressSurveys(Duration.ofDays(30)),
                new Action.Escalate("managers", "why"),
                new Action.Custom("crm-task", Map.of("queue", "vip", "note", "ü")))
            .stopProcessing(true)
            .build())
        .rule(Rule.builder("b").enabled(false).when(always()).then(new Action.Tag("x")).build())
        .build();
  }

  @Test
  void roundTripsEveryKindAndThePlaybook() {
    for (RuleSet set : List.of(everything(), Playbook.standard(),
        Playbook.builder().reviewLink(URI.create("https://x.example/r")).passiveCase(Duration.ofDays(3)).build())) {
      String json = RuleJson.write(set);
      assertThat(RuleJson.read(json)).as(json).isEqualTo(set);
      assertThat(RuleJson.write(RuleJson.read(json))).isEqualTo(json);
    }
  }

  @Test
  void readsAHandWrittenFileWithDefaults() {
    RuleSet set = RuleJson.read("""
        {"schemaVersion": 1, "id": "cx", "rules": [
          {"id": "late", "when": {"text": {"question": "comment", "containsAny": ["försenad", "Lieferung", "zwrot"]}},
           "then": [{"tag": {"name": "late-delivery"}}]},
          {"id": "vip", "priority": 5, "when": {"attribute": {"name": "tier", "equals": "gold"}},
           "then": [{"escalate": {"to": "managers", "reason": "vip"}}]},
          {"id": "num", "when": {"attribute": {"name": "n", "equals": 2}}, "then": [{"tag": {"name": "n"}}]},
          {"id": "cats", "when": {"category": {"question": "csat", "in": ["dissatisfied", "hard", "thumbs_down"]}},
           "then": [{"tag": {"name": "c"}}]}
        ]}""");
    assertThat(set.version()).isEqualTo(1);
    assertThat(set.evaluationOrder()).extracting(Rule::id).containsExactly("vip", "late", "num", "cats");
    Rule late = set.rule("late").orElseThrow();
    assertThat(late.enabled()).isTrue();
    assertThat(late.priority()).isZero();
    assertThat(late.name()).isEqualTo("late");
    assertThat(late.condition()).isEqualTo(textContainsAny("comment", "försenad", "Lieferung", "zwrot"));
    assertThat(set.rule("vip").orElseThrow().condition()).isEqualTo(attributeEquals("tier", "gold"));
    assertThat(set.rule("num").orElseThrow().condition()).isEqualTo(attribute("n", Comparison.EQUALS, 2));
    assertThat(set.rule("cats").orElseThrow().condition()).isEqualTo(category("csat", Category.NEGATIVE));
  }

  private static List<Tuple> problems(String json) {
    try {
      RuleJson.read(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(p -> tuple(p.path(), p.code(), p.message())).toList();
    }
    throw new AssertionError("expected a ValidationException for " + json);
  }

  private static String rule(String when, String then) {
    return "{\"schemaVersion\":1,\"id\":\"s\",\"rules\":[{\"id\":\"r\",\"when\":" + when + ",\"then\":" + then + "}]}";
  }

  private static String when(String when) {
    return rule(when, "[{\"tag\":{\"name\":\"t\"}}]");
  }

  @Test
  void unknownFieldsAndMissingOnes() {
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"rules\":[{\"id\":\"r\",\"when\":{\"always\":true},"
        + "\"then\":[{\"tag\":{\"name\":\"t\"}}],\"priority\":1,\"stopProcesing\":true}],\"extra\":1}"))
        .containsExactly(
            tuple("/extra", ProblemCode.JSON_UNKNOWN_PROPERTY, "unknown property 'extra' in a rule set (known: schemaVersion, id, version, rules)"),
            tuple("/rules/0/stopProcesing", ProblemCode.JSON_UNKNOWN_PROPERTY,
                "unknown property 'stopProcesing' in a rule (known: id, name, description, priority, enabled, effectiveFrom, effectiveUntil, when, then, stopProcessing)"));
    assertThat(problems("{\"schemaVersion\":1,\"rules\":[{\"id\":\"r\",\"then\":[]}]}"))
        .containsExactly(
            tuple("", ProblemCode.JSON_MISSING_PROPERTY, "a rule set needs the property 'id'"),
            tuple("/rules/0", ProblemCode.JSON_MISSING_PROPERTY, "a rule needs the property 'when'"),
            tuple("/rules/0/then", ProblemCode.JSON_INVALID_VALUE, "a rule needs at least one action"));
    assertThat(problems(rule("{\"always\":true}", "[]")))
        .containsExactly(tuple("/rules/0/then", ProblemCode.JSON_INVALID_VALUE, "a rule needs at least one action"));
    assertThat(problems("{\"schemaVersion\":2,\"id\":\"s\",\"rules\":[]}"))
        .containsExactly(tuple("/schemaVersion", ProblemCode.JSON_UNSUPPORTED_VERSION, "schemaVersion 2 is not supported (this SDK reads 1)"));
  }

  @Test
  void missingThenNextToAnUnknownPropertyIsRefusedNotCrashed() {
    // found by RuleJsonFuzzTest: the missing property was not counted and Rule.Builder threw
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"rules\":[{\"id\":\"r\",\"when\":{\"always\":true},\"then1\":[]}]}"))
        .containsExactly(
            tuple("/rules/0/then1", ProblemCode.JSON_UNKNOWN_PROPERTY,
                "unknown property 'then1' in a rule (known: id, name, description, priority, enabled, effectiveFrom, effectiveUntil, when, then, stopProcessing)"),
            tuple("/rules/0", ProblemCode.JSON_MISSING_PROPERTY, "a rule needs the property 'then'"));
  }

  @Test
  void unknownOperatorsAndOperatorsThatDoNotFitTheType() {
    assertThat(problems(when("{\"text\":{\"question\":\"comment\",\"greaterThan\":3}}")))
        .containsExactly(tuple("/rules/0/when/text/greaterThan", ProblemCode.JSON_INVALID_VALUE,
            "the operator 'greaterThan' does not apply to text (use one of: containsAny, containsAll)"));
    assertThat(problems(when("{\"attribute\":{\"name\":\"region\",\"greaterThan\":\"north\"}}")))
        .containsExactly(tuple("/rules/0/when/attribute/greaterThan", ProblemCode.JSON_WRONG_TYPE,
            "greaterThan on an attribute compares numbers, but was a string (use equals or in to compare text)"));
    assertThat(problems(when("{\"score\":{\"question\":\"nps\",\"greaterThen\":3}}")))
        .containsExactly(tuple("/rules/0/when/score/greaterThen", ProblemCode.JSON_UNKNOWN_PROPERTY,
            "unknown operator or property 'greaterThen' in a score condition (properties: question; operators: equals, notEquals, lessThan, atMost, greaterThan, atLeast)"));
    assertThat(problems(when("{\"score\":{\"question\":\"nps\",\"atLeast\":3.5}}")))
        .containsExactly(tuple("/rules/0/when/score/atLeast", ProblemCode.JSON_WRONG_TYPE,
            "atLeast on a score compares whole numbers, but was a number"));
    assertThat(problems(when("{\"score\":{\"question\":\"nps\",\"atLeast\":3,\"atMost\":5}}")))
        .containsExactly(tuple("/rules/0/when/score", ProblemCode.JSON_INVALID_VALUE,
            "a score condition takes exactly one operator, but had [atLeast, atMost]"));
    assertThat(problems(when("{\"score\":{\"question\":\"nps\"}}")))
        .containsExactly(tuple("/rules/0/when/score", ProblemCode.JSON_MISSING_PROPERTY,
            "a score condition needs one operator: equals, notEquals, lessThan, atMost, greaterThan, atLeast"));
    assertThat(problems(when("{\"attribute\":{\"in\":[\"a\"]}}")))
        .containsExactly(tuple("/rules/0/when/attribute", ProblemCode.JSON_MISSING_PROPERTY,
            "an attribute condition needs the property 'name'"));
    assertThat(problems(when("{\"attribute\":{\"name\":\"x\",\"exists\":false}}")))
        .containsExactly(tuple("/rules/0/when/attribute/exists", ProblemCode.JSON_INVALID_VALUE,
            "exists can only be true (negate with {\"not\": ...})"));
    assertThat(problems(when("{\"attribute\":{\"name\":\"x\",\"in\":[1]}}")))
        .containsExactly(tuple("/rules/0/when/attribute/in/0", ProblemCode.JSON_WRONG_TYPE, "expected a string, but was a number"));
  }

  @Test
  void unknownKindsAndValues() {
    assertThat(problems(when("{\"mood\":{\"in\":[\"negative\"]}}")))
        .containsExactly(tuple("/rules/0/when/mood", ProblemCode.JSON_UNKNOWN_PROPERTY,
            "unknown condition 'mood' (known: all, any, not, always, category, score, survey, touchpoint, channel, locale, attribute, text, topic, sentiment, firstResponse, repeatDetractor, scoreDropped)"));
    assertThat(problems(when("{\"all\":[{\"always\":true},{\"always\":true,\"firstResponse\":true}]}")))
        .containsExactly(tuple("/rules/0/when/all/1", ProblemCode.JSON_INVALID_VALUE,
            "a condition is an object with exactly one property naming its kind, but had 2: [always, firstResponse]"));
    assertThat(problems(when("{\"category\":{\"question\":\"nps\",\"in\":[\"detractors\"]}}")))
        .extracting(t -> t.toList().get(2)).singleElement().asString()
        .startsWith("unknown category 'detractors' (known: detractor, passive, promoter, dissatisfied, neutral, satisfied, hard, easy, negative, positive");
    assertThat(problems(when("{\"channel\":{\"in\":[\"fax\"]}}")))
        .containsExactly(tuple("/rules/0/when/channel/in/0", ProblemCode.JSON_INVALID_VALUE,
            "unknown channel 'fax' (known: email, sms, web, in_app, link, qr, api, phone, other)"));
    assertThat(problems(when("{\"locale\":{\"in\":[\"not a tag\"]}}")))
        .containsExactly(tuple("/rules/0/when/locale/in/0", ProblemCode.JSON_INVALID_VALUE,
            "'not a tag' is not a BCP 47 language tag such as sv or de-AT"));
    assertThat(problems(when("{\"all\":[]}")))
        .containsExactly(tuple("/rules/0/when/all", ProblemCode.JSON_INVALID_VALUE, "all needs at least one condition"));
    assertThat(problems(when("{\"repeatDetractor\":{\"question\":\"nps\",\"times\":1,\"within\":\"90 days\"}}")))
        .containsExactly(
            tuple("/rules/0/when/repeatDetractor/within", ProblemCode.JSON_INVALID_VALUE,
                "within must be an ISO-8601 duration such as PT24H or P90D, but was '90 days'"));
    assertThat(problems(when("{\"repeatDetractor\":{\"question\":\"nps\",\"times\":1,\"within\":\"P9D\"}}")))
        .containsExactly(tuple("/rules/0/when/repeatDetractor/times", ProblemCode.JSON_INVALID_VALUE, "times must be >= 2, but was 1"));
    assertThat(problems(when("{\"scoreDropped\":{\"question\":\"nps\",\"by\":0}}")))
        .containsExactly(tuple("/rules/0/when/scoreDropped/by", ProblemCode.JSON_INVALID_VALUE, "by must be >= 1, but was 0"));
    assertThat(problems(when("{\"text\":{\"containsAny\":[\"?!\"]}}")))
        .containsExactly(tuple("/rules/0/when/text/containsAny/0", ProblemCode.JSON_INVALID_VALUE, "a phrase needs at least one letter or digit"));
    assertThat(problems(when("{\"survey\":{\"in\":[\"bad id\"]}}")))
        .containsExactly(tuple("/rules/0/when/survey/in/0", ProblemCode.JSON_INVALID_VALUE,
            "'bad id' is not an identifier (1-64 letters, digits, '.', '_' or '-')"));
    assertThat(problems(when("{\"always\":1}")))
        .containsExactly(tuple("/rules/0/when/always", ProblemCode.JSON_WRONG_TYPE, "expected true, but was a number"));
    assertThat(problems(when("[]")))
        .containsExactly(tuple("/rules/0/when", ProblemCode.JSON_WRONG_TYPE, "expected a condition object, but was an array"));
  }

  @Test
  void actionErrors() {
    assertThat(problems(rule("{\"always\":true}", "[{\"openCase\":{\"team\":\"s\",\"priority\":\"asap\",\"sla\":\"PT0S\"}},"
        + "{\"messageCustomer\":{\"message\":\"review_request\"}},{\"sms\":{}},"
        + "{\"custom\":{\"type\":\"x\",\"parameters\":{\"a\":1}}},{\"messageCustomer\":{\"message\":\"hug\"}}]")))
        .containsExactly(
            tuple("/rules/0/then/0/openCase/sla", ProblemCode.JSON_INVALID_VALUE, "sla must be > 0, but was PT0S"),
            tuple("/rules/0/then/0/openCase/priority", ProblemCode.JSON_INVALID_VALUE, "unknown priority 'asap' (known: low, normal, high, urgent)"),
            tuple("/rules/0/then/1/messageCustomer", ProblemCode.JSON_INVALID_VALUE, "link of a review_request must be set, but was null"),
            tuple("/rules/0/then/2/sms", ProblemCode.JSON_UNKNOWN_PROPERTY,
                "unknown action 'sms' (known: openCase, notifyTeam, messageCustomer, tag, suppressSurveys, escalate, custom)"),
            tuple("/rules/0/then/3/custom/parameters/a", ProblemCode.JSON_WRONG_TYPE, "expected a string, but was a number"),
            tuple("/rules/0/then/4/messageCustomer/message", ProblemCode.JSON_INVALID_VALUE,
                "unknown message 'hug' (known: thank_you, apology, review_request, referral_offer, early_access_invitation, what_would_make_it_great)"));
  }

  @Test
  void ruleSetRulesAndSyntax() {
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"rules\":["
        + "{\"id\":\"all\",\"priority\":9,\"when\":{\"always\":true},\"then\":[{\"tag\":{\"name\":\"t\"}}],\"stopProcessing\":true},"
        + "{\"id\":\"late\",\"when\":{\"firstResponse\":true},\"then\":[{\"tag\":{\"name\":\"t\"}}]}]}"))
        .containsExactly(tuple("/rules/1", ProblemCode.INVALID_DEFINITION,
            "rule 'late' (priority 0) is unreachable: the catch-all rule 'all' (priority 9) matches every response before it and stops processing"));
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"id\":\"t\",\"rules\":[]}"))
        .containsExactly(tuple("/id", ProblemCode.JSON_DUPLICATE_KEY, "the property 'id' is given twice"));
    assertThat(problems("{\"schemaVersion\":1,\n \"id\": secret}"))
        .containsExactly(tuple("", ProblemCode.JSON_SYNTAX, "malformed JSON at line 2, column 8"));
    assertThat(problems("{} {}")).extracting(t -> t.toList().get(1)).containsExactly(ProblemCode.JSON_SYNTAX);
    assertThat(problems("")).containsExactly(tuple("", ProblemCode.JSON_SYNTAX, "the document is empty"));
    assertThat(problems("[".repeat(40))).extracting(t -> t.toList().get(1)).containsExactly(ProblemCode.JSON_TOO_DEEP);
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"version\":0,\"rules\":{}}"))
        .containsExactly(
            tuple("/version", ProblemCode.JSON_INVALID_VALUE, "version must be >= 1, but was 0"),
            tuple("/rules", ProblemCode.JSON_WRONG_TYPE, "expected an array, but was an object"));
    assertThat(problems("{\"schemaVersion\":1,\"id\":\"s\",\"rules\":[{\"id\":\"r\",\"effectiveFrom\":\"2026-02-01T00:00:00Z\","
        + "\"effectiveUntil\":\"2026-01-01T00:00:00Z\",\"when\":{\"always\":true},\"then\":[{\"tag\":{\"name\":\"t\"}}]},"
        + "{\"id\":\"q\",\"effectiveFrom\":\"tomorrow\",\"name\":\" \",\"enabled\":\"yes\",\"when\":{\"always\":true},\"then\":[{\"tag\":{\"name\":\"t\"}}]}]}"))
        .containsExactly(
            tuple("/rules/0/effectiveUntil", ProblemCode.JSON_INVALID_VALUE,
                "effectiveUntil must be after effectiveFrom (2026-02-01T00:00:00Z), but was 2026-01-01T00:00:00Z"),
            tuple("/rules/1/name", ProblemCode.JSON_INVALID_VALUE, "name must not be blank"),
            tuple("/rules/1/enabled", ProblemCode.JSON_WRONG_TYPE, "expected a boolean, but was a string"),
            tuple("/rules/1/effectiveFrom", ProblemCode.JSON_INVALID_VALUE,
                "effectiveFrom must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, but was 'tomorrow'"));
    byte[] big = new byte[RuleJson.MAX_BYTES + 1];
    assertThatThrownBy(() -> RuleJson.read(big)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly(ProblemCode.JSON_TOO_LARGE));
    assertThat(problems(new String(new byte[] {'{', (byte) 0xff, '}'}, StandardCharsets.ISO_8859_1)))
        .extracting(t -> t.toList().get(1)).containsExactly(ProblemCode.JSON_SYNTAX);
  }

  @Test
  void questionReferencesAreCheckedOnBindingWithTheSamePaths() {
    RuleSet set = RuleJson.read(when("{\"any\":[{\"score\":{\"question\":\"comment\",\"greaterThan\":3}},"
        + "{\"category\":{\"question\":\"missing\",\"in\":[\"promoter\"]}}]}"));
    assertThatThrownBy(() -> RuleEngine.builder(set).surveys(Fixtures.catalog()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly(
                "/rules/0/when/any/0/score/question", "/rules/0/when/any/1/category/question"));
  }
}
