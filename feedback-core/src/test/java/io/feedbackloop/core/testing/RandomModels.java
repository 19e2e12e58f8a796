package io.feedbackloop.core.testing;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.CesQuestion;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.ChoiceAmong;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.QuestionType;
import io.feedbackloop.core.survey.RatingQuestion;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.ScoreBetween;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Seeded random surveys and responses for property tests. Surveys cover every question type, every
 * scale shape (range, step, direction, metric, threshold), labels, both kinds of display condition
 * and several locales; responses to them are valid (see {@link #validResponse}) or, with {@link
 * #anyResponse}, sometimes broken in ways validation reports (unknown questions, duplicates,
 * off-scale scores, unknown choices).
 *
 * <p>Replay a run with {@code -Dfeedback.seed=<seed>}: {@link #seed()} reads it, or draws and
 * prints a fresh one. Not thread-safe.
 */
public final class RandomModels {
  /** The locales texts are written in; several with region or script. */
  public static final List<Locale> LOCALES =
      List.of("en", "sv", "nl-BE", "pl", "de", "sr-Latn-RS", "zh-Hant-TW", "fr-CA").stream()
          .map(Locale::forLanguageTag)
          .toList();

  private static final String[] WORDS = {
    "Hur", "troligt", "är", "det", "likely", "recommend", "Paketet", "kom", "för", "sent", "ż",
    "Zufriedenheit", "très", "😀", "👍🏽", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
    "</script>", "日本語", "Ωμέγα", "a/b~c", "{\"json\":1}", "\u0000nul", "€"
  };

  private final Random random;

  /** A generator drawing from {@code seed}. */
  public RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The seed of this run: {@code -Dfeedback.seed} if set, else a random one. Prints {@code
   * seed=...} so a failure can be replayed.
   */
  public static long seed() {
    String property = System.getProperty("feedback.seed");
    long seed = property != null && !property.isBlank()
        ? Long.parseLong(property.trim())
        : new Random().nextLong();
    System.out.println("seed=" + seed + " (replay with -Dfeedback.seed=" + seed + ")");
    return seed;
  }

  /** The underlying random source, for tests that draw more. */
  public Random random() {
    return random;
  }

  /** A random valid survey of 1 to 9 questions. */
  public Survey survey() {
    Locale defaultLocale = pick(LOCALES);
    List<Locale> locales = new ArrayList<>(List.of(defaultLocale));
    for (int i = random.nextInt(3); i > 0; i--) {
      Locale l = pick(LOCALES);
      if (!locales.contains(l)) {
        locales.add(l);
      }
    }
    Survey.Builder b =
        Survey.builder(identifier())
            .version(1 + random.nextInt(random.nextBoolean() ? 5 : Integer.MAX_VALUE))
            .name(words(1 + random.nextInt(4)))
            .defaultLocale(defaultLocale);
    if (random.nextBoolean()) {
      b.touchpoint(pick(List.of("purchase", "delivery", "support", "onboarding")));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.metadata(identifier(), random.nextInt(4) == 0 ? "" : words(2));
    }
    List<Question> questions = new ArrayList<>();
    int count = 1 + random.nextInt(9);
    for (int i = 0; i < count; i++) {
      questions.add(question("q" + i + "-" + identifier(), locales, questions));
    }
    return b.questions(questions).build();
  }

  /** A random question of any type, maybe with a condition on one of {@code earlier}. */
  public Question question(String id, List<Locale> locales, List<Question> earlier) {
    QuestionType type = pick(List.of(QuestionType.values()));
    LocalizedText text = text(locales);
    boolean required = random.nextBoolean();
    DisplayCondition showIf = random.nextInt(3) == 0 ? condition(earlier) : null;
    return switch (type) {
      case NPS -> new NpsQuestion(id, text, required, showIf, labels(Scale.nps(), locales));
      case CSAT -> {
        Scale s = random.nextBoolean() ? Scale.csat() : scale(Metric.CSAT);
        yield new CsatQuestion(id, text, required, showIf, s, labels(s, locales));
      }
      case CES -> {
        Scale s = random.nextBoolean() ? Scale.ces() : scale(Metric.CES);
        yield new CesQuestion(id, text, required, showIf, s, labels(s, locales));
      }
      case RATING -> {
        Scale s = scale(pick(List.of(Metric.NONE, Metric.CSAT, Metric.CES)));
        yield new RatingQuestion(id, text, required, showIf, s, labels(s, locales));
      }
      case THUMBS -> new ThumbsQuestion(id, text, required, showIf);
      case SMILEY -> {
        int faces = random.nextBoolean() ? 3 : 5;
        yield new SmileyQuestion(
            id, text, required, showIf, faces, labels(Scale.rating(1, faces), locales));
      }
      case SINGLE_CHOICE -> new SingleChoiceQuestion(id, text, required, showIf, choices(locales));
      case MULTIPLE_CHOICE -> {
        List<Choice> choices = choices(locales);
        int min = 1 + random.nextInt(choices.size());
        int max = min + random.nextInt(choices.size() - min + 1);
        yield new MultipleChoiceQuestion(id, text, required, showIf, choices, min, max);
      }
      case TEXT ->
          new TextQuestion(
              id,
              text,
              random.nextInt(4) == 0,
              showIf,
              random.nextBoolean()
                  ? TextQuestion.DEFAULT_MAX_LENGTH
                  : 1 + random.nextInt(TextQuestion.MAX_LENGTH_LIMIT));
    };
  }

  /** A random scale feeding {@code metric}: any range, step, direction and threshold. */
  public Scale scale(Metric metric) {
    int min = random.nextInt(4) == 0 ? -random.nextInt(10) : random.nextInt(3);
    int step = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 1;
    int points = 2 + random.nextInt(10);
    int max = min + step * (points - 1);
    int positiveFrom = min + step * random.nextInt(points);
    ScaleDirection direction =
        random.nextInt(4) == 0 ? ScaleDirection.DESCENDING : ScaleDirection.ASCENDING;
    return new Scale(min, max, step, direction, metric, positiveFrom);
  }

  private Map<Integer, LocalizedText> labels(Scale scale, List<Locale> locales) {
    Map<Integer, LocalizedText> labels = new TreeMap<>();
    if (random.nextBoolean()) {
      labels.put(scale.min(), text(locales));
      labels.put(scale.max(), text(locales));
      if (random.nextBoolean()) {
        labels.put(scale.min() + scale.step() * random.nextInt(scale.points()), text(locales));
      }
    }
    return labels;
  }

  private List<Choice> choices(List<Locale> locales) {
    List<Choice> choices = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    int count = 1 + random.nextInt(6);
    while (ids.size() < count) {
      ids.add(pick(List.of("price", "speed", "quality", "staff", "app", "other", "late",
          "damaged", "wrong-item", "x.y_z")) + (random.nextInt(3) == 0 ? "-" + ids.size() : ""));
    }
    for (String id : ids) {
      choices.add(new Choice(id, text(locales)));
    }
    return choices;
  }

  private @Nullable DisplayCondition condition(List<Question> earlier) {
    List<Question> targets = new ArrayList<>();
    for (Question q : earlier) {
      if (q instanceof ScaledQuestion || q instanceof ThumbsQuestion
          || q instanceof SingleChoiceQuestion || q instanceof MultipleChoiceQuestion) {
        targets.add(q);
      }
    }
    if (targets.isEmpty()) {
      return null;
    }
    Question target = pick(targets);
    if (target instanceof ScaledQuestion s) {
      Scale scale = s.scale();
      int a = scale.min() + scale.step() * random.nextInt(scale.points());
      int b = scale.min() + scale.step() * random.nextInt(scale.points());
      return new ScoreBetween(target.id(), Math.min(a, b), Math.max(a, b));
    }
    if (target instanceof ThumbsQuestion) {
      int v = random.nextInt(2);
      return new ScoreBetween(target.id(), v, random.nextBoolean() ? v : 1);
    }
    List<Choice> offered =
        target instanceof SingleChoiceQuestion single
            ? single.choices()
            : ((MultipleChoiceQuestion) target).choices();
    Set<String> chosen = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(offered.size()); i > 0; i--) {
      chosen.add(pick(offered).id());
    }
    return new ChoiceAmong(target.id(), chosen);
  }

  /** A response to {@code survey} that passes validation. */
  public Response validResponse(Survey survey) {
    Response.Builder b = envelope(survey);
    Map<String, Answer> given = new HashMap<>();
    for (Question q : survey.questions()) {
      boolean shown =
          q.displayCondition()
              .map(c -> given.containsKey(c.questionId()) && c.isMetBy(given.get(c.questionId())))
              .orElse(true);
      if (shown && (q.required() || random.nextInt(10) < 7)) {
        Answer a = validAnswer(q);
        given.put(q.id(), a);
        b.answer(a);
      }
    }
    return b.build();
  }

  /**
   * A response to {@code survey}: valid most of the time, otherwise with a few broken answers
   * (unknown question, a question answered twice, off-scale score, unknown choice, wrong kind).
   */
  public Response anyResponse(Survey survey) {
    Response valid = validResponse(survey);
    if (random.nextInt(3) != 0) {
      return valid;
    }
    Response.Builder b = valid.toBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      Question q = pick(survey.questions());
      switch (random.nextInt(5)) {
        case 0 -> b.answer(new ScoreAnswer("no-such-" + identifier(), random.nextInt(11)));
        case 1 -> b.answer(validAnswer(q));
        case 2 -> b.answer(new ScoreAnswer(q.id(), 1000 + random.nextInt(1000)));
        case 3 -> b.answer(new ChoiceAnswer(q.id(), List.of("never-offered", words(1))));
        default -> b.answer(new TextAnswer(q.id(), words(3)));
      }
    }
    return b.build();
  }

  private Answer validAnswer(Question q) {
    if (q instanceof ScaledQuestion s) {
      Scale scale = s.scale();
      return new ScoreAnswer(q.id(), scale.min() + scale.step() * random.nextInt(scale.points()));
    }
    if (q instanceof ThumbsQuestion) {
      return new ThumbsAnswer(q.id(), random.nextBoolean());
    }
    if (q instanceof SingleChoiceQuestion single) {
      return ChoiceAnswer.of(q.id(), pick(single.choices()).id());
    }
    if (q instanceof MultipleChoiceQuestion multiple) {
      List<Choice> shuffled = new ArrayList<>(multiple.choices());
      java.util.Collections.shuffle(shuffled, random);
      int n = multiple.minSelections()
          + random.nextInt(multiple.maxSelections() - multiple.minSelections() + 1);
      return new ChoiceAnswer(q.id(), shuffled.subList(0, n).stream().map(Choice::id).toList());
    }
    TextQuestion text = (TextQuestion) q;
    String value = words(1 + random.nextInt(6));
    if (value.codePointCount(0, value.length()) > text.maxLength()) {
      value = "x".repeat(text.maxLength());
    }
    return new TextAnswer(q.id(), value);
  }

  private Response.Builder envelope(Survey survey) {
    Response.Builder b =
        Response.builder(TenantId.of(pick(List.of("acme", "globex", "initech.se", "t-1"))), survey.id())
            .surveyVersion(survey.version())
            .channel(pick(List.of(Channel.values())))
            .submittedAt(instant());
    if (random.nextInt(5) != 0) {
      b.id(random.nextBoolean() ? "r-" + random.nextInt(1_000_000) : java.util.UUID.randomUUID().toString());
    }
    if (random.nextBoolean()) {
      b.respondent(random.nextBoolean() ? "customer-" + random.nextInt(10_000) : "Kund nr 42 ✓");
    }
    if (random.nextBoolean()) {
      b.touchpoint(pick(List.of("purchase", "delivery", "support")));
    }
    if (random.nextBoolean()) {
      b.locale(pick(LOCALES));
    }
    if (random.nextInt(3) == 0) {
      b.idempotencyKey("order-" + random.nextInt(100_000) + (random.nextBoolean() ? " / ✓" : ""));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.attribute(pick(List.of("region", "tier", "store", "order.value", "segment_1")),
          random.nextInt(5) == 0 ? "" : words(1 + random.nextInt(2)));
    }
    return b;
  }

  private Instant instant() {
    long seconds = 1_500_000_000L + (long) (random.nextDouble() * 500_000_000L);
    return switch (random.nextInt(4)) {
      case 0 -> Instant.ofEpochSecond(seconds);
      case 1 -> Instant.ofEpochSecond(seconds, random.nextInt(1000) * 1_000_000L);
      case 2 -> Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      default -> Instant.ofEpochSecond(random.nextInt(3) == 0 ? -seconds : seconds * 100);
    };
  }

  /** A localized text with one text per locale in {@code locales} (the first is the default). */
  public LocalizedText text(List<Locale> locales) {
    LocalizedText text = LocalizedText.empty();
    for (int i = 0; i < locales.size(); i++) {
      if (i == 0 || random.nextBoolean()) {
        text = text.with(locales.get(i), words(1 + random.nextInt(5)));
      }
    }
    return text;
  }

  /** An identifier of 1 to 24 characters. */
  public String identifier() {
    String first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    String rest = first + "._-";
    StringBuilder sb = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
    for (int i = random.nextInt(24); i > 0; i--) {
      sb.append(rest.charAt(random.nextInt(rest.length())));
    }
    return sb.toString();
  }

  /** {@code n} words (never blank), some with quotes, escapes, emoji and non-Latin scripts. */
  public String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  /** One element of {@code values}. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
