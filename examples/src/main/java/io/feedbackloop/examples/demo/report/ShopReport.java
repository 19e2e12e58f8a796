package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.insight.DriverReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the demo's report shows, as plain immutable values: the simulation fills it, {@link
 * TextReport} and {@link HtmlReport} only read it. Build one with {@link #builder()}.
 *
 * @param title the report's heading
 * @param seed the seed the simulation ran with (replays the same report)
 * @param from the first day of the period covered
 * @param to the last day of the period covered, inclusive
 * @param facts headline figures (orders, responses, languages), in the order to show
 * @param weeks the NPS per week, oldest first, week starts strictly increasing
 * @param csat the CSAT over the period, if asked
 * @param ces the CES over the period, if asked
 * @param detractorTopics the topics detractors mention most, most first
 * @param drivers the topic drivers of the NPS, by impact
 * @param alerts the recurring issues raised, in the order raised
 * @param closedLoop the cases per team and the owner leaderboard
 */
public record ShopReport(
    String title,
    long seed,
    LocalDate from,
    LocalDate to,
    List<Fact> facts,
    List<WeeklyNps> weeks,
    Optional<ScaleResult> csat,
    Optional<ScaleResult> ces,
    List<DetractorTopic> detractorTopics,
    DriverReport drivers,
    List<IssueAlert> alerts,
    ClosedLoop closedLoop) {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws NullPointerException if a part or a list element is null
   * @throws IllegalArgumentException if the title is blank, {@code to} is before {@code from}, or
   *     the week starts do not strictly increase
   */
  public ShopReport {
    Checks.notBlank("title", title);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must be >= from (" + from + "), but was " + to);
    }
    facts = List.copyOf(Checks.notNull("facts", facts));
    weeks = List.copyOf(Checks.notNull("weeks", weeks));
    for (int i = 1; i < weeks.size(); i++) {
      LocalDate previous = weeks.get(i - 1).weekStart();
      LocalDate current = weeks.get(i).weekStart();
      if (!current.isAfter(previous)) {
        throw new IllegalArgumentException(
            "weeks[" + i + "].weekStart must be after " + previous + ", but was " + current);
      }
    }
    Checks.notNull("csat", csat);
    Checks.notNull("ces", ces);
    detractorTopics = List.copyOf(Checks.notNull("detractorTopics", detractorTopics));
    Checks.notNull("drivers", drivers);
    alerts = List.copyOf(Checks.notNull("alerts", alerts));
    Checks.notNull("closedLoop", closedLoop);
  }

  /** A builder: title "Feedback report", seed 0, everything else empty; the period is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShopReport}. Not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {
    private String title = "Feedback report";
    private long seed;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private final List<Fact> facts = new ArrayList<>();
    private final List<WeeklyNps> weeks = new ArrayList<>();
    private @Nullable ScaleResult csat;
    private @Nullable ScaleResult ces;
    private final List<DetractorTopic> detractorTopics = new ArrayList<>();
    private DriverReport drivers = new DriverReport(0, List.of());
    private final List<IssueAlert> alerts = new ArrayList<>();
    private ClosedLoop closedLoop = ClosedLoop.NONE;

    private Builder() {}

    /** The heading; default "Feedback report". */
    public Builder title(String value) {
      title = Checks.notBlank("title", value);
      return this;
    }

    /** The simulation's seed; default 0. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * The period covered, both days inclusive; required.
     *
     * @throws NullPointerException if a day is null
     */
    public Builder period(LocalDate first, LocalDate last) {
      from = Checks.notNull("from", first);
      to = Checks.notNull("to", last);
      return this;
    }

    /** Adds a headline figure. */
    public Builder fact(String label, String value) {
      facts.add(Fact.of(label, value));
      return this;
    }

    /** Adds the next week (weeks must be added oldest first). */
    public Builder week(WeeklyNps value) {
      weeks.add(Checks.notNull("week", value));
      return this;
    }

    /** Adds the next weeks, oldest first. */
    public Builder weeks(List<WeeklyNps> values) {
      Checks.notNull("weeks", values).forEach(this::week);
      return this;
    }

    /** The CSAT over the period; default none. */
    public Builder csat(ScaleResult value) {
      csat = Checks.notNull("csat", value);
      return this;
    }

    /** The CES over the period; default none. */
    public Builder ces(ScaleResult value) {
      ces = Checks.notNull("ces", value);
      return this;
    }

    /** Adds a top detractor topic (most mentioned first). */
    public Builder detractorTopic(DetractorTopic value) {
      detractorTopics.add(Checks.notNull("detractorTopic", value));
      return this;
    }

    /** The topic drivers; default an empty report. */
    public Builder drivers(DriverReport value) {
      drivers = Checks.notNull("drivers", value);
      return this;
    }

    /** Adds a recurring-issue alert. */
    public Builder alert(IssueAlert value) {
      alerts.add(Checks.notNull("alert", value));
      return this;
    }

    /** The closed loop; default {@link ClosedLoop#NONE}. */
    public Builder closedLoop(ClosedLoop value) {
      closedLoop = Checks.notNull("closedLoop", value);
      return this;
    }

    /**
     * The report.
     *
     * @throws IllegalStateException if no period was set
     * @throws IllegalArgumentException if the parts are inconsistent (see the record)
     */
    public ShopReport build() {
      LocalDate first = from;
      LocalDate last = to;
      if (first == null || last == null) {
        throw new IllegalStateException("period must be set, but was not");
      }
      return new ShopReport(
          title,
          seed,
          first,
          last,
          facts,
          weeks,
          Optional.ofNullable(csat),
          Optional.ofNullable(ces),
          detractorTopics,
          drivers,
          alerts,
          closedLoop);
    }
  }
}
