package io.feedbackloop.core.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The shipped JSON Schemas, loaded from the class path, and validation against them. */
final class SchemaSupport {
  static final String DEFINITION = "/io/feedbackloop/core/json/survey-definition.schema.json";
  static final String RESPONSE = "/io/feedbackloop/core/json/response.schema.json";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema DEFINITION_SCHEMA = load(DEFINITION);
  private static final JsonSchema RESPONSE_SCHEMA = load(RESPONSE);

  private SchemaSupport() {}

  private static JsonSchema load(String resource) {
    try (InputStream in = SchemaSupport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a survey definition; empty when it conforms. */
  static List<String> definitionErrors(String json) {
    return messages(DEFINITION_SCHEMA.validate(json, InputFormat.JSON));
  }

  /** The schema's complaints about a response; empty when it conforms. */
  static List<String> responseErrors(String json) {
    return messages(RESPONSE_SCHEMA.validate(json, InputFormat.JSON));
  }

  private static List<String> messages(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
