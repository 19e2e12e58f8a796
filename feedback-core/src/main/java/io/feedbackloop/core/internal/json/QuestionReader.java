package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.survey.CesQuestion;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.QuestionType;
import io.feedbackloop.core.survey.RatingQuestion;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one question object. Properties may come in any order, so the type is only known once
 * {@code "type"} was read: a property the type does not have is reported as soon as it is met
 * after the type, or at the object's end when it came before.
 */
final class QuestionReader {
  static final List<String> NAMES =
      List.of(
          "type", "id", "text", "required", "showIf", "labels", "scale", "faces", "choices",
          "minSelections", "maxSelections", "maxLength");
  private static final int TYPE = 1;
  private static final int ID = 1 << 1;
  private static final int TEXT = 1 << 2;
  private static final int REQUIRED = 1 << 3;
  private static final int SHOW_IF = 1 << 4;
  private static final int LABELS = 1 << 5;
  private static final int SCALE = 1 << 6;
  private static final int FACES = 1 << 7;
  private static final int CHOICES = 1 << 8;
  private static final int MIN_SELECTIONS = 1 << 9;
  private static final int MAX_SELECTIONS = 1 << 10;
  private static final int MAX_LENGTH = 1 << 11;
  private static final int COMMON = TYPE | ID | TEXT | REQUIRED | SHOW_IF;
  private static final int ANY = (1 << 12) - 1;

  private @Nullable QuestionType type;
  private String id = "";
  private LocalizedText text = LocalizedText.empty();
  private @Nullable Boolean required;
  private @Nullable DisplayCondition showIf;
  private Map<Integer, LocalizedText> labels = Map.of();
  private @Nullable Scale scale;
  private int faces;
  private List<Choice> choices = List.of();
  private @Nullable Integer minSelections;
  private @Nullable Integer maxSelections;
  private int maxLength = TextQuestion.DEFAULT_MAX_LENGTH;

  private QuestionReader() {}

  /** Reads the question object at the cursor. */
  static Question read(JsonCursor c) throws IOException {
    return new QuestionReader().readObject(c);
  }

  private Question readObject(JsonCursor c) throws IOException {
    c.expectObject();
    int seen = 0;
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int index = NAMES.indexOf(name);
      int bit = index < 0 ? 0 : 1 << index;
      int allowed = type == null ? ANY : allowed(type);
      if ((bit & allowed) == 0) {
        throw c.unknownProperty(name, names(allowed));
      }
      seen |= bit;
      readProperty(c, bit);
    }
    String base = c.here();
    QuestionType t = type;
    if (t == null) {
      c.requireAll(seen, TYPE | ID | TEXT, NAMES);
      throw new IllegalStateException("unreachable: type is required");
    }
    int extra = seen & ~allowed(t);
    if (extra != 0) {
      String name = NAMES.get(Integer.numberOfTrailingZeros(extra));
      throw c.problemAt(
          ModelErrors.child(base, name),
          ProblemCode.JSON_UNKNOWN_PROPERTY,
          "unknown property '" + name + "' (a " + t.wireName() + " question has: "
              + names(allowed(t)) + ")");
    }
    c.requireAll(seen, required(t), NAMES);
    try {
      return build(t);
    } catch (IllegalArgumentException e) {
      String message = JsonCursor.messageOf(e);
      String path = ModelErrors.path(base, message, ModelErrors.QUESTION);
      if (path.endsWith("/labels")) {
        path = offLabel(path, t);
      }
      throw c.problemAt(path, ProblemCode.JSON_INVALID_VALUE, message);
    }
  }

  private void readProperty(JsonCursor c, int bit) throws IOException {
    switch (bit) {
      case TYPE -> {
        String name = c.string();
        type = QuestionType.fromWireName(name).orElse(null);
        if (type == null) {
          throw c.invalid(
              "type must be one of " + WireNames.QUESTION_TYPES + ", but was '"
                  + Args.printable(name) + "'");
        }
      }
      case ID -> id = c.identifier("question id");
      case TEXT -> text = TextReader.text(c);
      case REQUIRED -> required = c.bool();
      case SHOW_IF -> showIf = ConditionReader.read(c);
      case LABELS -> labels = TextReader.labels(c);
      case SCALE -> scale = ScaleReader.read(c);
      case FACES -> faces = c.integer();
      case CHOICES -> choices = ChoicesReader.read(c);
      case MIN_SELECTIONS -> minSelections = c.integer();
      case MAX_SELECTIONS -> maxSelections = c.integer();
      default -> maxLength = c.integer();
    }
  }

  private Question build(QuestionType t) {
    boolean req = required != null ? required : t != QuestionType.TEXT;
    return switch (t) {
      case NPS -> new NpsQuestion(id, text, req, showIf, labels);
      case CSAT -> new CsatQuestion(id, text, req, showIf, scaleOr(Scale.csat()), labels);
      case CES -> new CesQuestion(id, text, req, showIf, scaleOr(Scale.ces()), labels);
      case RATING -> new RatingQuestion(id, text, req, showIf, scaleOr(Scale.rating(1, 5)), labels);
      case THUMBS -> new ThumbsQuestion(id, text, req, showIf);
      case SMILEY -> new SmileyQuestion(id, text, req, showIf, faces, labels);
      case SINGLE_CHOICE -> new SingleChoiceQuestion(id, text, req, showIf, choices);
      case MULTIPLE_CHOICE ->
          new MultipleChoiceQuestion(
              id,
              text,
              req,
              showIf,
              choices,
              minSelections != null ? minSelections : 1,
              maxSelections != null ? maxSelections : choices.size());
      case TEXT -> new TextQuestion(id, text, req, showIf, maxLength);
    };
  }

  private Scale scaleOr(Scale fallback) {
    return scale != null ? scale : fallback;
  }

  /** Points a label problem at the first label value off the question's scale. */
  private String offLabel(String labelsPath, QuestionType t) {
    Scale on =
        switch (t) {
          case NPS -> Scale.nps();
          case SMILEY -> Scale.rating(1, faces == 3 ? 3 : 5);
          case CSAT -> scaleOr(Scale.csat());
          case CES -> scaleOr(Scale.ces());
          default -> scaleOr(Scale.rating(1, 5));
        };
    for (Integer value : labels.keySet()) {
      if (!on.contains(value)) {
        return labelsPath + "/" + value;
      }
    }
    return labelsPath;
  }

  private static int allowed(QuestionType t) {
    return switch (t) {
      case NPS -> COMMON | LABELS;
      case CSAT, CES, RATING -> COMMON | SCALE | LABELS;
      case THUMBS -> COMMON;
      case SMILEY -> COMMON | FACES | LABELS;
      case SINGLE_CHOICE -> COMMON | CHOICES;
      case MULTIPLE_CHOICE -> COMMON | CHOICES | MIN_SELECTIONS | MAX_SELECTIONS;
      case TEXT -> COMMON | MAX_LENGTH;
    };
  }

  private static int required(QuestionType t) {
    int common = TYPE | ID | TEXT;
    return switch (t) {
      case SMILEY -> common | FACES;
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> common | CHOICES;
      default -> common;
    };
  }

  private static String names(int bits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < NAMES.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(NAMES.get(i));
      }
    }
    return sb.toString();
  }
}
