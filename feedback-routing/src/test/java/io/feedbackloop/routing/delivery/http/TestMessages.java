package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.util.Locale;

/** Messages for the HTTP channel tests. */
final class TestMessages {
  static final TenantId TENANT = TenantId.of("acme");

  private TestMessages() {}

  /** A team notification about a detractor, with every card fact. */
  static Message detractor(String key) {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.team("support"))
        .idempotencyKey(key)
        .subject("Detractor: customer-42 scored 3")
        .text("Paketet kom för sent 📦")
        .locale(Locale.forLanguageTag("sv-SE"))
        .metadata("score", "3")
        .metadata("comment", "Late & broken <again>")
        .metadata("caseUrl", "https://cases.example.com/c/42?tab=notes&x=1")
        .metadata("owner", "ana")
        .build();
  }

  /** A message with the given text and no metadata. */
  static Message plain(String key, String subject, String text) {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.email("customer@example.com"))
        .idempotencyKey(key)
        .subject(subject)
        .text(text)
        .build();
  }
}
