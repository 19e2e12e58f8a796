package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.CustomActionType;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks a rule set's references against the surveys and custom action types it is bound to, with
 * JSON-pointer paths into the rule-set document.
 *
 * <p>A question reference is checked against the surveys the rule can apply to: those named by a
 * survey condition at the top of the rule (alone or as a part of a top-level {@code all}), else
 * every survey of the catalog. The question must exist in at least one of them, and in each that
 * has it, its type must fit the condition. In surveys without it the condition simply does not
 * match.
 */
public final class Binder {
  private final SurveyCatalog catalog;
  private final Map<String, CustomActionType> customTypes;
  private final SortedSet<String> topics;
  private final List<Problem> problems = new ArrayList<>();
  private String ruleId = "";

  private Binder(
      SurveyCatalog catalog, Map<String, CustomActionType> customTypes, SortedSet<String> topics) {
    this.catalog = catalog;
    this.customTypes = customTypes;
    this.topics = topics;
  }

  /** The problems of {@code set}, which must not have topic conditions; empty when it binds. */
  public static List<Problem> check(
      RuleSet set, SurveyCatalog catalog, Map<String, CustomActionType> customTypes) {
    return check(set, catalog, customTypes, new TreeSet<>());
  }

  /**
   * The problems of {@code set}, whose topic conditions may name only {@code knownTopics} (the
   * text analyzer's taxonomy); empty when it binds.
   */
  public static List<Problem> check(
      RuleSet set,
      SurveyCatalog catalog,
      Map<String, CustomActionType> customTypes,
      SortedSet<String> knownTopics) {
    Binder b = new Binder(catalog, customTypes, knownTopics);
    for (int i = 0; i < set.rules().size(); i++) {
      Rule r = set.rules().get(i);
      b.ruleId = r.id();
      String path = "/rules/" + i;
      List<Survey> scope = scope(r.condition(), catalog);
      b.condition(r.condition(), path + "/when", scope);
      for (int j = 0; j < r.actions().size(); j++) {
        b.action(r.actions().get(j), path + "/then/" + j);
      }
    }
    return List.copyOf(b.problems);
  }

  private static List<Survey> scope(Condition c, SurveyCatalog catalog) {
    List<String> ids = null;
    if (c instanceof Condition.SurveyIn s) {
      ids = s.surveyIds();
    } else if (c instanceof Condition.All all) {
      for (Condition part : all.conditions()) {
        if (part instanceof Condition.SurveyIn s) {
          ids = s.surveyIds();
        }
      }
    }
    if (ids == null) {
      return catalog.all();
    }
    List<String> wanted = ids;
    return catalog.all().stream().filter(s -> wanted.contains(s.id())).toList();
  }

  private void condition(Condition c, String path, List<Survey> scope) {
    if (c instanceof Condition.All all) {
      parts(all.conditions(), path + "/all", scope);
    } else if (c instanceof Condition.Any any) {
      parts(any.conditions(), path + "/any", scope);
    } else if (c instanceof Condition.Not not) {
      condition(not.condition(), path + "/not", scope);
    } else if (c instanceof Condition.SurveyIn s) {
      for (int i = 0; i < s.surveyIds().size(); i++) {
        String id = s.surveyIds().get(i);
        if (!catalog.knows(id)) {
          problem(path + "/survey/in/" + i, "no survey '" + id + "' is known to the engine");
        }
      }
    } else if (c instanceof Condition.CategoryIn cat) {
      List<Question> qs = questions(cat.question(), path + "/category", scope);
      for (Question q : qs) {
        if (q instanceof ThumbsQuestion && cat.categories().contains(Category.NEUTRAL)) {
          problem(
              path + "/category/in",
              "'" + q.id() + "' is a thumbs question: it has no neutral category");
        } else if (!(q instanceof ScaledQuestion) && !(q instanceof ThumbsQuestion)) {
          problem(path + "/category/question", typeMismatch("a category", q));
        }
      }
    } else if (c instanceof Condition.ScoreIs s) {
      scaled(s.question(), path + "/score", scope, "a score comparison");
    } else if (c instanceof Condition.ScoreDropped d) {
      scaled(d.question(), path + "/scoreDropped", scope, "scoreDropped");
    } else if (c instanceof Condition.RepeatDetractor r) {
      for (Question q : questions(r.question(), path + "/repeatDetractor", scope)) {
        if (!(q instanceof ScaledQuestion) && !(q instanceof ThumbsQuestion)) {
          problem(path + "/repeatDetractor/question", typeMismatch("repeatDetractor", q));
        }
      }
    } else if (c instanceof Condition.TopicIn t) {
      for (String topic : t.topics()) {
        if (!topics.contains(topic)) {
          problem(
              path + "/topic/in",
              "rule '" + ruleId + "' names the topic '" + topic
                  + "', which the text analyzer's taxonomy does not have (known: " + topics + ")");
        }
      }
    } else if (c instanceof Condition.TextContains t) {
      String question = t.question();
      if (question != null) {
        for (Question q : questions(question, path + "/text", scope)) {
          if (!(q instanceof TextQuestion)) {
            problem(path + "/text/question", typeMismatch("a text condition", q));
          }
        }
      }
    }
  }

  private void parts(List<Condition> parts, String path, List<Survey> scope) {
    for (int i = 0; i < parts.size(); i++) {
      condition(parts.get(i), path + "/" + i, scope);
    }
  }

  private void scaled(String question, String path, List<Survey> scope, String what) {
    for (Question q : questions(question, path, scope)) {
      if (!(q instanceof ScaledQuestion)) {
        problem(path + "/question", typeMismatch(what, q));
      }
    }
  }

  private List<Question> questions(String questionId, String path, List<Survey> scope) {
    List<Question> found = new ArrayList<>();
    for (Survey s : scope) {
      Optional<Question> q = s.question(questionId);
      if (q.isPresent() && found.stream().noneMatch(f -> f.type() == q.get().type())) {
        found.add(q.get());
      }
    }
    if (found.isEmpty()) {
      problem(
          path + "/question",
          "no survey the rule applies to has the question '" + questionId + "' (surveys: "
              + scope.stream().map(s -> s.id() + " v" + s.version()).toList() + ")");
    }
    return found;
  }

  private static String typeMismatch(String what, Question q) {
    return what + " cannot test '" + q.id() + "', a " + q.type().wireName() + " question";
  }

  private void action(Action a, String path) {
    if (a instanceof Action.Custom custom) {
      CustomActionType type = customTypes.get(custom.type());
      if (type == null) {
        problems.add(
            new Problem(
                path + "/custom/type",
                ProblemCode.INVALID_DEFINITION,
                "the custom action type '" + custom.type() + "' is not registered (registered: "
                    + new java.util.TreeSet<>(customTypes.keySet()) + ")"));
        return;
      }
      List<String> found;
      try {
        found = type.validate(custom.parameters());
      } catch (RuntimeException e) {
        found = List.of("the validator of '" + custom.type() + "' failed: " + e.getClass().getName());
      }
      for (String message : found) {
        problems.add(new Problem(path + "/custom/parameters", ProblemCode.INVALID_DEFINITION, message));
      }
    }
  }

  private void problem(String path, String message) {
    problems.add(new Problem(path, ProblemCode.BAD_CONDITION, message));
  }
}
