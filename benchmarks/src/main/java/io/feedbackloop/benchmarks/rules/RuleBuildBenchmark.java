package io.feedbackloop.benchmarks.rules;

import io.feedbackloop.routing.rules.RuleEngine;
import io.feedbackloop.routing.rules.RuleSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building and reloading our engine: from the generated rules to a ready {@link RuleEngine}
 * (rule-set checks, binding to the survey, compiling the plan), and {@link RuleEngine#reload} of a
 * built rule set. Run: {@code java -jar benchmarks/target/feedback-benchmarks.jar
 * 'rules.RuleBuildBenchmark' -f 1 -wi 2 -w 1s -i 3 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleBuildBenchmark {
  /** Rules in the rule set. */
  @Param({"50", "5000"})
  public int rules;

  private List<RuleSpec> specs = List.of();
  private RuleSet ruleSet = RuleSet.builder("empty").build();
  private RuleEngine engine = RuleEngine.builder(ruleSet).build();

  /** Generates the rules. */
  @Setup
  public void setUp() {
    specs = RuleSpec.generate(rules, RuleWorkload.RULE_SEED);
    ruleSet = RuleSpec.ruleSet(specs);
    engine = RuleEngine.builder(ruleSet).surveys(RuleWorkload.SURVEY).build();
  }

  /** Rules and rule set from the DSL, then the engine. */
  @Benchmark
  public RuleEngine buildFromDsl() {
    return RuleEngine.builder(RuleSpec.ruleSet(specs)).surveys(RuleWorkload.SURVEY).build();
  }

  /** Reloading a running engine with a built rule set (the new version). */
  @Benchmark
  public RuleEngine reload() {
    return engine.reload(ruleSet);
  }
}
