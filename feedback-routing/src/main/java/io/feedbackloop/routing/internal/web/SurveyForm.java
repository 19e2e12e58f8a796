package io.feedbackloop.routing.internal.web;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.routing.internal.template.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the survey form: one {@code fieldset} and {@code legend} per question, a {@code label}
 * for every input, hints and errors tied in with {@code aria-describedby}, {@code aria-invalid} on
 * answers with a problem, "required" in words. Element ids are {@code f-<questionId>} (the
 * fieldset) and {@code q-<questionId>[-<value>]} (inputs); every text is escaped.
 */
public final class SurveyForm {
  /** Scales with at most this many points show each point's label inside its button. */
  static final int INLINE_LABEL_POINTS = 7;

  private static final String[] FIVE_FACES = {"\uD83D\uDE1E", "\uD83D\uDE41", "\uD83D\uDE10", "\uD83D\uDE42", "\uD83D\uDE00"};
  private static final PageText[] FACE_TEXTS = {
    PageText.FACE_1, PageText.FACE_2, PageText.FACE_3, PageText.FACE_4, PageText.FACE_5
  };

  private final FormView view;
  private final Survey survey;
  private final Locale language;
  private final Map<String, Integer> slots;
  private final StringBuilder out = new StringBuilder(8192);

  private SurveyForm(FormView view) {
    this.view = view;
    this.survey = view.survey();
    this.language = view.language();
    this.slots = slots(survey);
  }

  /** The complete page for {@code view}. */
  public static String render(FormView view) {
    return new SurveyForm(view).page();
  }

  /**
   * The CSS slot (1..{@value PageAssets#CONDITIONAL_SLOTS}) of each conditional question, in
   * survey order; later conditional questions get none and are always shown.
   */
  static Map<String, Integer> slots(Survey survey) {
    Map<String, Integer> out = new HashMap<>();
    for (Question q : survey.questions()) {
      if (q.displayCondition().isPresent() && out.size() < PageAssets.CONDITIONAL_SLOTS) {
        out.put(q.id(), out.size() + 1);
      }
    }
    return out;
  }

  private String page() {
    String title = view.step().isEmpty() ? PageText.TITLE.in(language) : PageText.STEP_TWO.in(language);
    text("<h1>", title).append("</h1>\n");
    if (view.hasErrors()) {
      out.append("<div class=\"summary\" role=\"alert\" id=\"summary\">\n");
      text("<p>", PageText.ERROR_SUMMARY.in(language)).append("</p>\n");
      for (String e : view.formErrors()) {
        text("<p class=\"err\">", e).append("</p>\n");
      }
      out.append("</div>\n");
    }
    out.append("<form method=\"post\" action=\"");
    Html.escape(view.action(), out).append("\" accept-charset=\"UTF-8\">\n");
    hidden("lang", language.toLanguageTag());
    hidden("tz", view.zone());
    if (!view.step().isEmpty()) {
      hidden("step", "2");
    }
    for (Question q : survey.questions()) {
      if (view.step().isEmpty() || view.step().contains(q.id())) {
        question(q);
      } else {
        for (String v : values(q)) {
          hidden(FormAnswers.field(q), v);
        }
      }
    }
    text("<button type=\"submit\">", PageText.SUBMIT.in(language)).append("</button>\n</form>\n");
    return PageShell.page(language, title, out, true);
  }

  private void question(Question q) {
    String id = q.id();
    List<String> described = new ArrayList<>(3);
    out.append("<fieldset id=\"f-");
    Html.escape(id, out).append('"');
    Integer slot = view.step().isEmpty() ? slots.get(id) : null;
    if (slot != null) {
      out.append(" class=\"c c").append(slot).append('"');
    }
    int mark = out.length();
    out.append(">\n<legend>");
    if (q instanceof TextQuestion) {
      out.append("<label for=\"q-");
      Html.escape(id, out).append("\">");
      Html.escape(survey.text(q, language), out).append("</label>");
    } else {
      Html.escape(survey.text(q, language), out);
    }
    if (q.required()) {
      text(" <span class=\"req\">", PageText.REQUIRED.in(language)).append("</span>");
    }
    out.append("</legend>\n");
    String error = view.errors().get(id);
    if (error != null) {
      text("<p class=\"err\" id=\"q-" + Html.escape(id) + "-err\">", error).append("</p>\n");
    }
    if (q instanceof ScaledQuestion s) {
      scale(s);
    } else if (q instanceof ThumbsQuestion t) {
      thumbs(t);
    } else if (q instanceof SingleChoiceQuestion s) {
      choices(s, s.choices(), "radio");
    } else if (q instanceof MultipleChoiceQuestion m) {
      hint(m.id(), PageText.CHOOSE_HINT.in(
          language, "min", Integer.toString(m.minSelections()), "max", Integer.toString(m.maxSelections())), described);
      choices(m, m.choices(), "checkbox");
    } else {
      text((TextQuestion) q, described);
    }
    out.append("</fieldset>\n");
    if (error != null) {
      described.add("q-" + id + "-err");
    }
    if (!described.isEmpty() && !(q instanceof TextQuestion)) {
      out.insert(mark, " aria-describedby=\"" + Html.escape(String.join(" ", described)) + "\"");
    }
  }

  private void scale(ScaledQuestion q) {
    Scale scale = q.scale();
    boolean inline = scale.points() <= INLINE_LABEL_POINTS;
    out.append("<div class=\"scale\">\n");
    for (int v = scale.min(); v <= scale.max(); v += scale.step()) {
      String value = Integer.toString(v);
      Optional<String> label = label(q, v);
      out.append("<span>");
      input(q, "radio", value, new ScoreAnswer(q.id(), v));
      out.append("<label for=\"");
      Html.escape(inputId(q, value), out).append("\">");
      if (q instanceof SmileyQuestion smiley) {
        String face = face(smiley, v);
        out.append("<span class=\"face\" aria-hidden=\"true\">").append(face).append("</span>");
        text("<small>", label.orElse(faceText(smiley, v))).append("</small>");
      } else {
        out.append(value);
        if (label.isPresent()) {
          text(inline ? "<small>" : "<span class=\"sr\"> ", label.get()).append(inline ? "</small>" : "</span>");
        }
      }
      out.append("</label></span>\n");
    }
    out.append("</div>\n");
    Optional<String> low = label(q, scale.min());
    Optional<String> high = label(q, scale.max());
    if (!inline && (low.isPresent() || high.isPresent())) {
      String endsId = "q-" + q.id() + "-ends";
      out.append("<p class=\"ends\" id=\"");
      Html.escape(endsId, out).append("\" aria-hidden=\"true\">");
      text("<span>", low.map(t -> scale.min() + ": " + t).orElse("")).append("</span>");
      text("<span>", high.map(t -> scale.max() + ": " + t).orElse("")).append("</span></p>\n");
    }
  }

  private void thumbs(ThumbsQuestion q) {
    out.append("<div class=\"scale\">\n");
    thumb(q, FormAnswers.UP, "\uD83D\uDC4D", PageText.THUMBS_UP, true);
    thumb(q, FormAnswers.DOWN, "\uD83D\uDC4E", PageText.THUMBS_DOWN, false);
    out.append("</div>\n");
  }

  private void thumb(ThumbsQuestion q, String value, String emoji, PageText text, boolean up) {
    out.append("<span>");
    input(q, "radio", value, new ThumbsAnswer(q.id(), up));
    out.append("<label for=\"");
    Html.escape(inputId(q, value), out).append("\"><span class=\"face\" aria-hidden=\"true\">")
        .append(emoji).append("</span>");
    text("<small>", text.in(language)).append("</small></label></span>\n");
  }

  private void choices(Question q, List<Choice> choices, String type) {
    for (Choice c : choices) {
      out.append("<label class=\"opt\" for=\"");
      Html.escape(inputId(q, c.id()), out).append("\">");
      input(q, type, c.id(), ChoiceAnswer.of(q.id(), c.id()));
      Html.escape(resolve(c.label()), out.append(' ')).append("</label>\n");
    }
  }

  private void text(TextQuestion q, List<String> described) {
    String hintId = hint(q.id(), PageText.TEXT_HINT.in(language, "n", Integer.toString(q.maxLength())), described);
    if (view.errors().containsKey(q.id())) {
      described.add("q-" + q.id() + "-err");
    }
    out.append("<textarea id=\"");
    Html.escape(inputId(q, null), out).append("\" name=\"");
    Html.escape(FormAnswers.field(q), out).append("\" maxlength=\"").append(q.maxLength())
        .append("\" rows=\"4\"");
    if (requiredAttribute(q)) {
      out.append(" required");
    }
    if (view.errors().containsKey(q.id())) {
      out.append(" aria-invalid=\"true\"");
    }
    out.append(" aria-describedby=\"");
    Html.escape(hintId + (view.errors().containsKey(q.id()) ? " q-" + q.id() + "-err" : ""), out)
        .append("\">");
    List<String> values = values(q);
    if (!values.isEmpty()) {
      Html.escape(values.get(0), out);
    }
    out.append("</textarea>\n");
  }

  private String hint(String questionId, String text, List<String> described) {
    String id = "q-" + questionId + "-hint";
    described.add(id);
    out.append("<p class=\"hint\" id=\"");
    Html.escape(id, out);
    text("\">", text).append("</p>\n");
    return id;
  }

  private void input(Question q, String type, String value, Answer answer) {
    out.append("<input type=\"").append(type).append("\" id=\"");
    Html.escape(inputId(q, value), out).append("\" name=\"");
    Html.escape(FormAnswers.field(q), out).append("\" value=\"");
    Html.escape(value, out).append('"');
    String triggers = triggers(q, answer);
    if (!triggers.isEmpty()) {
      out.append(" class=\"").append(triggers).append('"');
    }
    if (values(q).contains(value)) {
      out.append(" checked");
    }
    if (requiredAttribute(q) && !"checkbox".equals(type)) {
      out.append(" required");
    }
    if (view.errors().containsKey(q.id())) {
      out.append(" aria-invalid=\"true\"");
    }
    out.append('>');
  }

  /**
   * The browser checks only unconditional required questions: one hidden by CSS cannot be filled
   * in, and the browser would refuse to post the form.
   */
  private boolean requiredAttribute(Question q) {
    return q.required() && (q.displayCondition().isEmpty() || view.step().contains(q.id()));
  }

  /** The classes {@code tk} of the conditional questions this answer makes visible. */
  private String triggers(Question q, Answer answer) {
    StringBuilder classes = new StringBuilder();
    for (Question other : survey.questions()) {
      Integer slot = slots.get(other.id());
      Optional<DisplayCondition> c = other.displayCondition();
      if (slot != null && c.isPresent() && c.get().questionId().equals(q.id()) && c.get().isMetBy(answer)) {
        if (classes.length() > 0) {
          classes.append(' ');
        }
        classes.append('t').append(slot);
      }
    }
    return classes.toString();
  }

  private static String inputId(Question q, @org.jspecify.annotations.Nullable String value) {
    return value == null ? "q-" + q.id() : "q-" + q.id() + "-" + value;
  }

  private List<String> values(Question q) {
    List<String> v = view.values().get(FormAnswers.field(q));
    return v == null ? List.of() : v;
  }

  private Optional<String> label(ScaledQuestion q, int value) {
    LocalizedText t = q.labels().get(value);
    return t == null ? Optional.empty() : t.resolve(language, survey.defaultLocale());
  }

  private String resolve(LocalizedText text) {
    return text.resolve(language, survey.defaultLocale()).orElse("");
  }

  private static String face(SmileyQuestion q, int value) {
    return FIVE_FACES[faceIndex(q, value)];
  }

  private String faceText(SmileyQuestion q, int value) {
    return FACE_TEXTS[faceIndex(q, value)].in(language);
  }

  /** Five faces use all five; three faces use the middle three (unhappy, neutral, happy). */
  static int faceIndex(SmileyQuestion q, int value) {
    return q.faces() == 5 ? value - 1 : value;
  }

  private void hidden(String name, String value) {
    out.append("<input type=\"hidden\" name=\"");
    Html.escape(name, out).append("\" value=\"");
    Html.escape(value, out).append("\">\n");
  }

  /** Appends {@code prefix} (trusted HTML) and {@code text} escaped. */
  private StringBuilder text(String prefix, String text) {
    return Html.escape(text, out.append(prefix));
  }
}
