package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The survey definitions a validator knows, by id and version. Immutable and thread-safe; build a
 * new catalog (or use {@link #with}) to add a version.
 */
public final class SurveyCatalog {
  private final Map<String, Map<Integer, Survey>> surveys;

  private SurveyCatalog(Map<String, Map<Integer, Survey>> surveys) {
    this.surveys = surveys;
  }

  /** A catalog of these surveys. */
  public static SurveyCatalog of(Survey... surveys) {
    return of(List.of(surveys));
  }

  /**
   * A catalog of these surveys.
   *
   * @throws IllegalArgumentException if two different definitions share an id and version
   */
  public static SurveyCatalog of(Collection<Survey> surveys) {
    SurveyCatalog catalog = new SurveyCatalog(Map.of());
    for (Survey s : surveys) {
      catalog = catalog.with(s);
    }
    return catalog;
  }

  /**
   * A copy that also knows {@code survey}.
   *
   * @throws IllegalArgumentException if a different definition with the same id and version is
   *     known already
   */
  public SurveyCatalog with(Survey survey) {
    Args.notNull("survey", survey);
    // a hash map: the validator looks a survey up for every response
    Map<String, Map<Integer, Survey>> copy = new HashMap<>(surveys);
    Map<Integer, Survey> versions = new TreeMap<>(copy.getOrDefault(survey.id(), Map.of()));
    Survey old = versions.put(survey.version(), survey);
    Args.check(
        old == null || old.equals(survey),
        "survey " + survey.id() + " v" + survey.version(),
        "defined once (a changed survey needs a new version)",
        "defined twice, differently");
    copy.put(survey.id(), Collections.unmodifiableMap(versions));
    return new SurveyCatalog(Collections.unmodifiableMap(copy));
  }

  /** The survey with this id and version. */
  public Optional<Survey> find(String surveyId, int version) {
    return Optional.ofNullable(surveys.getOrDefault(surveyId, Map.of()).get(version));
  }

  /** The newest version of this survey. */
  public Optional<Survey> latest(String surveyId) {
    Map<Integer, Survey> versions = surveys.get(surveyId);
    return versions == null
        ? Optional.empty()
        : Optional.of(new TreeMap<>(versions).lastEntry().getValue());
  }

  /** Tells whether any version of this survey is known. */
  public boolean knows(String surveyId) {
    return surveys.containsKey(surveyId);
  }

  /** Every survey, by id then version. */
  public List<Survey> all() {
    return new TreeMap<>(surveys).values().stream().flatMap(v -> v.values().stream()).toList();
  }
}
