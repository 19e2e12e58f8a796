package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.LocalizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the options of a choice question: {@code [{"id":"price","label":{"en":"Price"}}, …]}. */
final class ChoicesReader {
  private static final List<String> NAMES = List.of("id", "label");
  private static final int ID = 1;
  private static final int LABEL = 2;

  private ChoicesReader() {}

  static List<Choice> read(JsonCursor c) throws IOException {
    c.expectArray();
    List<Choice> choices = new ArrayList<>();
    Map<String, Integer> indexById = new HashMap<>();
    while (c.next() != JsonToken.END_ARRAY) {
      c.expectObject();
      int seen = 0;
      String id = "";
      LocalizedText label = LocalizedText.empty();
      for (String name = c.nextName(); name != null; name = c.nextName()) {
        c.next();
        if (name.equals("id")) {
          seen |= ID;
          id = c.identifier("choice id");
          Integer earlier = indexById.putIfAbsent(id, choices.size());
          if (earlier != null) {
            throw c.invalid("the choice id '" + id + "' is used by choice " + earlier + " already");
          }
        } else if (name.equals("label")) {
          seen |= LABEL;
          label = TextReader.text(c);
        } else {
          throw c.unknownProperty(name, "id, label");
        }
      }
      c.requireAll(seen, ID | LABEL, NAMES);
      choices.add(new Choice(id, label));
    }
    return choices;
  }
}
