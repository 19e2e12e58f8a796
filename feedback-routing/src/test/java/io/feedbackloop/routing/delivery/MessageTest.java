package io.feedbackloop.routing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final TenantId TENANT = TenantId.of("webshop");

  private static Message.Builder minimal() {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.respondent("customer-42"))
        .idempotencyKey("case-7:notify")
        .text("Hello");
  }

  @Test
  void defaultsAreAnEmptySubjectEnglishAndNoHtml() {
    Message m = minimal().build();

    assertThat(m.subject()).isEmpty();
    assertThat(m.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(m.html()).isEmpty();
    assertThat(m.metadata()).isEmpty();
    assertThat(m.headers()).isEmpty();
    assertThat(m.text()).isEqualTo("Hello");
    assertThat(m.tenant()).isEqualTo(TENANT);
    assertThat(m.idempotencyKey()).isEqualTo("case-7:notify");
  }

  @Test
  void lineBreaksInTheSubjectAndHeaderValuesBecomeOneSpace() {
    Message m =
        minimal()
            .subject("Thanks \r\n Bcc: evil@example.com")
            .header("List-Unsubscribe", "<https://x.example/u>\r\nBcc: evil@example.com")
            .build();

    assertThat(m.subject()).isEqualTo("Thanks Bcc: evil@example.com");
    assertThat(m.headers())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "List-Unsubscribe", "<https://x.example/u> Bcc: evil@example.com"));
  }

  @Test
  void aSubjectWithoutLineBreaksIsKeptAsIs() {
    assertThat(minimal().subject("  two  spaces ").build().subject()).isEqualTo("  two  spaces ");
  }

  @Test
  void headerNamesMustBeFieldNames() {
    assertThatThrownBy(() -> minimal().header("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header name must be printable ASCII without ':' or spaces, but was 'Bad Name'");
    assertThatThrownBy(() -> minimal().header("X:Y", "v"))
        .hasMessageContaining("but was 'X:Y'");
    assertThatThrownBy(() -> minimal().header("", "v")).hasMessageContaining("but was ''");
    assertThatThrownBy(() -> minimal().header("Ünï", "v")).hasMessageContaining("header name");
    assertThat(minimal().header("X-Feedback~Id!", "1").build().headers()).containsKey("X-Feedback~Id!");
  }

  @Test
  void idempotencyKeysArePrintableAsciiUpTo200Characters() {
    assertThat(minimal().idempotencyKey("k".repeat(200)).build().idempotencyKey()).hasSize(200);
    assertThat(minimal().idempotencyKey("!~").build().idempotencyKey()).isEqualTo("!~");
    assertThatThrownBy(() -> minimal().idempotencyKey("k".repeat(201)))
        .hasMessage("idempotencyKey length must be <= 200, but was 201");
    assertThatThrownBy(() -> minimal().idempotencyKey("a b"))
        .hasMessage(
            "idempotencyKey must be printable ASCII without spaces, but was 'a b' (character 1)");
    assertThatThrownBy(() -> minimal().idempotencyKey("é"))
        .hasMessageContaining("(character 0)");
    assertThatThrownBy(() -> minimal().idempotencyKey("\u007f")).hasMessageContaining("(character 0)");
    assertThatThrownBy(() -> minimal().idempotencyKey(" "))
        .hasMessage("idempotencyKey must not be blank, but was ' '");
  }

  @Test
  @SuppressWarnings("NullAway")
  void requiredPartsAreNamedWhenMissing() {
    assertThatThrownBy(() -> Message.builder().recipient(Recipient.team("support")).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant must not be null");
    assertThatThrownBy(() -> Message.builder().tenant(TENANT).build())
        .hasMessage("recipient must not be null");
    assertThatThrownBy(
            () -> Message.builder().tenant(TENANT).recipient(Recipient.team("support")).build())
        .hasMessage("idempotencyKey must not be null");
    assertThatThrownBy(
            () ->
                Message.builder()
                    .tenant(TENANT)
                    .recipient(Recipient.team("support"))
                    .idempotencyKey("k")
                    .build())
        .hasMessage("text must not be null");
  }

  @Test
  void toBuilderCopiesEveryPart() {
    Message m =
        minimal()
            .subject("s")
            .html("<p>h</p>")
            .locale(Locale.forLanguageTag("sv"))
            .metadata("score", "3")
            .metadata("caseUrl", "https://x/c/1")
            .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
            .build();

    Message copy = m.toBuilder().build();

    assertThat(copy).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(copy.metadata().keySet()).containsExactly("score", "caseUrl");
    assertThat(m.toBuilder().text("other").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().subject("other").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().html("other").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().locale(Locale.GERMAN).build()).isNotEqualTo(m);
    assertThat(m.toBuilder().metadata("x", "y").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().header("X-A", "b").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().idempotencyKey("other").build()).isNotEqualTo(m);
    assertThat(m.toBuilder().tenant(TenantId.of("other")).build()).isNotEqualTo(m);
    assertThat(m.toBuilder().recipient(Recipient.team("support")).build()).isNotEqualTo(m);
    assertThat(m).isNotEqualTo("a string");
  }

  @Test
  void collectionsAreUnmodifiable() {
    Message m = minimal().metadata("a", "b").build();
    assertThatThrownBy(() -> m.metadata().put("c", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.headers().put("c", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsIdsButNoAddressOrText() {
    Message m =
        Message.builder()
            .tenant(TENANT)
            .recipient(Recipient.email("jane.doe@example.com"))
            .idempotencyKey("inv-1")
            .subject("secret subject")
            .text("secret text")
            .build();

    assertThat(m.toString())
        .isEqualTo("Message[tenant=webshop, key=inv-1, to=Email[address=j***@e***.com], locale=en]")
        .doesNotContain("jane")
        .doesNotContain("secret");
  }
}
