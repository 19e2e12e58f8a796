package io.feedbackloop.benchmarks.rules;

import io.feedbackloop.core.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same 50 generated rules as {@link RuleEngineBenchmark} with {@code rules=50}, on the same
 * seeded data: a hand-written loop of ifs over the flat facts (the floor), the same loop reading
 * the {@link Response}s (building the fact first), Easy Rules 4.1.0 with MVEL over 10,000 facts,
 * and Drools 10.2.0, one stateless session executing batches of {@value RuleWorkload#BATCH}
 * facts. Every operation handles {@value RuleWorkload#BATCH} responses: scores are ns per response.
 * Every variant's match count on the first {@value RuleWorkload#CHECKED} responses is checked
 * equal to the floor's before timing. Run: {@code java -jar
 * benchmarks/target/feedback-benchmarks.jar 'rules.RulePeersBenchmark' -f 1 -wi 2 -w 1s -i 3 -r
 * 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulePeersBenchmark {
  static final int RULES = 50;
  static final int RESPONSES = 1_000_000;
  static final int EASY_RULES_FACTS = 10_000;

  private RuleSpec[] specs = new RuleSpec[0];
  private RuleFact[] facts = new RuleFact[0];
  private Response[] responses = new Response[0];
  private int cursor;

  private final MatchCounter counter = new MatchCounter();
  private Rules easyRules = new Rules();
  private DefaultRulesEngine easyEngine = new DefaultRulesEngine();
  private Facts easyFacts = new Facts();
  private int easyCursor;

  private List<List<Object>> droolsBatches = List.of();
  private @Nullable StatelessKieSession drools;
  private int droolsCursor;

  /** Data, rules in every form, and the match-count checks. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleWorkload w = RuleWorkload.generate(RESPONSES);
    facts = w.facts;
    responses = w.responses;
    List<RuleSpec> list = RuleSpec.generate(RULES, RuleWorkload.RULE_SEED);
    specs = list.toArray(new RuleSpec[0]);
    int n = RuleWorkload.CHECKED;
    long floor = RuleWorkload.floorMatches(list, facts, n);

    long fromResponses = 0;
    for (int i = 0; i < n; i++) {
      fromResponses += floorOne(RuleWorkload.fact(responses[i]));
    }
    RuleWorkload.check("floor over responses", floor, fromResponses);

    easyRules = new Rules();
    for (RuleSpec s : list) {
      easyRules.register(
          new MVELRule()
              .name(s.id())
              .priority(100 - s.priority())
              .when(s.mvel())
              .then("c.hit();"));
    }
    easyEngine = new DefaultRulesEngine();
    easyFacts = new Facts();
    easyFacts.put("c", counter);
    counter.reset();
    for (int i = 0; i < n; i++) {
      easyFacts.put("f", facts[i]);
      easyEngine.fire(easyRules, easyFacts);
    }
    RuleWorkload.check("Easy Rules", floor, counter.count());

    KieBase kieBase = new KieHelper().addContent(RuleSpec.drl(list), ResourceType.DRL).build();
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("counter", counter);
    drools = session;
    List<List<Object>> batches = new ArrayList<>();
    for (int i = 0; i < RESPONSES; i += RuleWorkload.BATCH) {
      batches.add(List.<Object>of(Arrays.copyOfRange(facts, i, i + RuleWorkload.BATCH, Object[].class)));
    }
    droolsBatches = batches;
    counter.reset();
    for (int b = 0; b < n / RuleWorkload.BATCH; b++) {
      session.execute(droolsBatches.get(b));
    }
    RuleWorkload.check("Drools", floor, counter.count());
    System.out.println("\n50 rules: every variant " + floor + " matches on " + n + " responses");
    cursor = 0;
    easyCursor = 0;
    droolsCursor = 0;
  }

  private int floorOne(RuleFact f) {
    int matched = 0;
    for (RuleSpec s : specs) {
      if (s.test(f)) {
        matched++;
      }
    }
    return matched;
  }

  /** The floor: the 50 rules as ifs over the flat, pre-normalized facts. */
  @Benchmark
  @OperationsPerInvocation(RuleWorkload.BATCH)
  public long floorFacts() {
    RuleFact[] d = facts;
    int c = cursor;
    long matched = 0;
    for (int i = 0; i < RuleWorkload.BATCH; i++) {
      matched += floorOne(d[c]);
      c = c + 1 == d.length ? 0 : c + 1;
    }
    cursor = c;
    return matched;
  }

  /** The floor reading real responses: build the flat fact (normalizing the comment), then ifs. */
  @Benchmark
  @OperationsPerInvocation(RuleWorkload.BATCH)
  public long floorResponses() {
    Response[] d = responses;
    int c = cursor;
    long matched = 0;
    for (int i = 0; i < RuleWorkload.BATCH; i++) {
      matched += floorOne(RuleWorkload.fact(d[c]));
      c = c + 1 == d.length ? 0 : c + 1;
    }
    cursor = c;
    return matched;
  }

  /** Easy Rules with MVEL, one fire per fact, cycling over 10,000 facts. */
  @Benchmark
  @OperationsPerInvocation(RuleWorkload.BATCH)
  public long easyRulesMvel() {
    int c = easyCursor;
    for (int i = 0; i < RuleWorkload.BATCH; i++) {
      easyFacts.put("f", facts[c]);
      easyEngine.fire(easyRules, easyFacts);
      c = c + 1 == EASY_RULES_FACTS ? 0 : c + 1;
    }
    easyCursor = c;
    return counter.count();
  }

  /** Drools: one stateless execution of the next batch of facts. */
  @Benchmark
  @OperationsPerInvocation(RuleWorkload.BATCH)
  public long droolsStatelessBatch() {
    int b = droolsCursor;
    Objects.requireNonNull(drools).execute(droolsBatches.get(b));
    droolsCursor = b + 1 == droolsBatches.size() ? 0 : b + 1;
    return counter.count();
  }
}
