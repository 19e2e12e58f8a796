package io.feedbackloop.benchmarks.rules;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.RuleEngine;
import io.feedbackloop.routing.rules.RuleSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our {@link RuleEngine} over 1 million seeded {@link Response}s, 10 to 5,000 generated rules;
 * each operation evaluates the next {@value RuleWorkload#BATCH} responses (cycling), so the score
 * is ns per response. Before timing, the match count on the first {@value RuleWorkload#CHECKED}
 * responses must equal the hand-written floor's. Run: {@code java -jar
 * benchmarks/target/feedback-benchmarks.jar 'rules.RuleEngineBenchmark' -f 1 -wi 2 -w 1s -i 3 -r
 * 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RuleEngineBenchmark {
  /** Rules in the rule set. */
  @Param({"10", "50", "500", "5000"})
  public int rules;

  /** Responses in the data set. */
  @Param({"1000000"})
  public int responses;

  private Response[] data = new Response[0];
  private RuleEngine engine = RuleEngine.builder(RuleSet.builder("empty").build()).build();
  private int cursor;

  /** Generates the data and the rules, builds the engine and checks its matches. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleWorkload w = RuleWorkload.generate(responses);
    data = w.responses;
    List<RuleSpec> specs = RuleSpec.generate(rules, RuleWorkload.RULE_SEED);
    engine = RuleEngine.builder(RuleSpec.ruleSet(specs)).surveys(RuleWorkload.SURVEY).build();
    int n = Math.min(RuleWorkload.CHECKED, responses);
    long ours = 0;
    for (int i = 0; i < n; i++) {
      ours += engine.evaluate(data[i]).matchedRules().size();
    }
    long floor = RuleWorkload.floorMatches(specs, w.facts, n);
    RuleWorkload.check("our engine", floor, ours);
    System.out.println(
        "\n" + rules + " rules: " + ours + " matches on " + n + " responses (floor " + floor + ")");
    cursor = 0;
  }

  /** Evaluates the next batch; returns the matched rules so nothing is dead code. */
  @Benchmark
  @OperationsPerInvocation(RuleWorkload.BATCH)
  public long evaluate() {
    Response[] d = data;
    int c = cursor;
    long matched = 0;
    for (int i = 0; i < RuleWorkload.BATCH; i++) {
      matched += engine.evaluate(d[c]).matchedRules().size();
      c = c + 1 == d.length ? 0 : c + 1;
    }
    cursor = c;
    return matched;
  }
}
