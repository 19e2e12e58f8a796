package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static final String JSON =
      """
      {"topics": [
        {"id": "delivery", "terms": {"en": ["delivery", "late"], "sv": ["leverans", "=sen"]}},
        {"id": "price", "terms": {"de": ["Preis \\"hoch\\""], "pl": ["cena"]}}
      ]}""";

  @Test
  void readsJson() {
    Taxonomy t = Taxonomy.fromJson(JSON);
    assertThat(t.topics()).extracting(Topic::id).containsExactly("delivery", "price");
    assertThat(t.ids()).containsExactly("delivery", "price");
    assertThat(t.topic("delivery").orElseThrow().terms(TextLanguage.SWEDISH))
        .containsExactly("leverans", "=sen");
    assertThat(t.topic("price").orElseThrow().terms(TextLanguage.GERMAN))
        .containsExactly("Preis \"hoch\"");
    assertThat(t.topic("payment")).isEmpty();
  }

  @Test
  void toJsonReadsBackToAnEqualTaxonomy() {
    Taxonomy t = Taxonomy.fromJson(JSON);
    String json = t.toJson();
    assertThat(Taxonomy.fromJson(json)).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(json).contains("{\"id\": \"price\", \"terms\": {\"pl\": [\"cena\"], \"de\": [\"Preis \\\"hoch\\\"\"]}}");
    assertThat(Taxonomy.fromJson(Taxonomy.builder().build().toJson())).isEqualTo(Taxonomy.builder().build());
  }

  @Test
  void errorsNameTheJsonPath() {
    assertError(
        "{\"topics\": [{\"id\": \"a\", \"terms\": {\"en\": [\"x\"]}}, {\"id\": \"b\", \"terms\": {\"en\": [\"y\"]}},"
            + " {\"id\": \"c\", \"terms\": {\"xx\": [\"z\"]}}]}",
        "topics[2].terms.xx: unknown language code 'xx', expected one of en, sv, nl, pl, de");
    assertError(
        "{\"topics\": [{\"id\": \"a\", \"terms\": {\"en\": [\"x\", \"  \"]}}]}",
        "topics[0].terms.en[1]: term must hold a letter or digit, but was '  '");
    assertError(
        "{\"topics\": [{\"id\": \"a\", \"terms\": {\"en\": [\"x\"]}}, {\"id\": \"a\", \"terms\": {\"sv\": [\"y\"]}}]}",
        "topics[1].id: topic id 'a' must be unique, but repeats topics[0]");
    assertError(
        "{\"topics\": [{\"id\": \"A\", \"terms\": {\"en\": [\"x\"]}}]}",
        "topics[0].id: must be lower-case letters, digits and _, starting with a letter, but was 'A'");
    assertError("{\"topics\": [{\"terms\": {}}]}", "topics[0].id: must be present, but was missing");
    assertError("{\"topics\": [{\"id\": \"a\", \"terms\": {}}]}", "topics[0].terms: must hold at least one term, but had none");
    assertError("{\"topics\": [{\"id\": \"a\", \"terms\": {\"en\": \"x\"}}]}", "topics[0].terms.en: must be a JSON array, but was 'x'");
    assertError("{\"topics\": [{\"id\": \"a\", \"name\": \"A\", \"terms\": {}}]}", "topics[0].name: unknown field 'name', expected one of id, terms");
    assertError("{\"topics\": {}}", "topics: must be a JSON array, but was an object");
    assertError("{}", "topics: must be present, but was missing");
    assertError("[]", "the document: must be a JSON object, but was an array");
    assertError("{\"topics\": [", "json must have a value at offset 12, but had the end");
  }

  private static void assertError(String json, String message) {
    assertThatThrownBy(() -> Taxonomy.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void builderAddsMergesAndRemoves() {
    Taxonomy t =
        Taxonomy.builder()
            .add(Topic.of("delivery", TextLanguage.ENGLISH, "delivery"))
            .terms("delivery", TextLanguage.ENGLISH, "courier")
            .terms("delivery", TextLanguage.SWEDISH, "leverans")
            .terms("price", TextLanguage.ENGLISH, "price")
            .terms("payment", TextLanguage.ENGLISH, "card")
            .remove("payment")
            .build();
    assertThat(t.ids()).containsExactly("delivery", "price");
    assertThat(t.topic("delivery").orElseThrow().terms(TextLanguage.ENGLISH))
        .containsExactly("delivery", "courier");
    assertThat(Taxonomy.builder().addAll(t).build()).isEqualTo(t);
    assertThat(Taxonomy.of(t.topics().toArray(new Topic[0]))).isEqualTo(t);
    assertThat(t).hasToString("Taxonomy[delivery, price]");
  }

  @Test
  void builderRejectsARepeatedTopicAndBadTerms() {
    Taxonomy.Builder b = Taxonomy.builder().add(Topic.of("delivery", TextLanguage.ENGLISH, "late"));
    assertThatThrownBy(() -> b.add(Topic.of("delivery", TextLanguage.SWEDISH, "sen")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic id 'delivery' must be unique, but repeats");
    assertThatThrownBy(() -> b.terms("delivery", TextLanguage.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms: must hold at least one term, but had none");
    assertThatThrownBy(() -> b.terms("delivery", TextLanguage.ENGLISH, "ok", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms.en[1]: term must hold a letter or digit, but was ''");
    assertThat(b.build().topic("delivery").orElseThrow().terms(TextLanguage.ENGLISH)).containsExactly("late");
  }

  @Test
  void theStarterHasTheEightTopicsInFiveLanguages() {
    Taxonomy starter = Taxonomy.starter();
    assertThat(starter.ids())
        .containsExactlyInAnyOrder(
            "delivery", "price", "product_quality", "customer_service", "website_app",
            "returns_refunds", "payment", "communication");
    for (Topic t : starter.topics()) {
      for (TextLanguage l : TextLanguage.values()) {
        assertThat(t.terms(l)).as("%s in %s", t.id(), l).isNotEmpty();
      }
    }
    assertThat(Taxonomy.starter()).isSameAs(starter);
    assertThat(List.copyOf(starter.topics())).hasSize(8);
  }
}
