package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.all;
import static io.feedbackloop.routing.rules.Conditions.any;
import static io.feedbackloop.routing.rules.Conditions.attributeAtLeast;
import static io.feedbackloop.routing.rules.Conditions.attributeIn;
import static io.feedbackloop.routing.rules.Conditions.detractor;
import static io.feedbackloop.routing.rules.Conditions.passive;
import static io.feedbackloop.routing.rules.Conditions.promoter;
import static io.feedbackloop.routing.rules.Conditions.score;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The built-in closed-loop playbook, from common practice:
 *
 * <ol>
 *   <li>{@code escalate-detractor} (priority 100): a detractor who is a repeat detractor (2 within
 *       90 days) or a high-value customer (tier gold/platinum, or order value at least 1000) is
 *       escalated to the managers;
 *   <li>{@code detractor-case} (90): a detractor gets a high-priority case for the owning team,
 *       first contact within 24 hours, and the team channel is alerted;
 *   <li>{@code passive-follow-up} (80): a passive is asked what would have made it great (plus a
 *       low-priority case, 72 hours, only if {@linkplain Builder#passiveCase configured});
 *   <li>{@code promoter-thanks} (70): a promoter is thanked and asked for a review (when a review
 *       link is configured) and offered a referral;
 *   <li>{@code hard-effort} (60): a CES answer of 1-3 (hard to get the issue handled) is tagged
 *       {@code process-improvement}.
 * </ol>
 *
 * <p>No rule stops processing: a high-value detractor gets both the escalation and the case.
 * Question ids, teams, channel, SLAs, thresholds and the review link are configurable; the CES rule
 * can be left out for surveys without a CES question.
 */
public final class Playbook {
  private Playbook() {}

  /** The playbook with default settings (see {@link Builder}). */
  public static RuleSet standard() {
    return builder().build();
  }

  /** Starts a configured playbook. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures the playbook. Defaults: rule set id {@code standard-playbook}, NPS question {@code
   * nps}, CES question {@code ces}, team {@code support}, team channel {@code #customer-feedback},
   * managers {@code managers}, first contact within 24 hours, no passive case (72 hours when
   * enabled), no review link, high-value tiers {@code gold} and {@code platinum} of attribute
   * {@code customer_tier}, order value attribute {@code order_value} from 1000, repeat detractor
   * 2 times within 90 days. Not thread-safe.
   */
  public static final class Builder {
    private String id = "standard-playbook";
    private String npsQuestion = "nps";
    private @Nullable String cesQuestion = "ces";
    private String team = "support";
    private String teamChannel = "#customer-feedback";
    private String managers = "managers";
    private Duration firstContact = Duration.ofHours(24);
    private boolean passiveCase;
    private Duration passiveSla = Duration.ofDays(3);
    private @Nullable URI reviewLink;
    private List<String> highValueTiers = List.of("gold", "platinum");
    private String tierAttribute = "customer_tier";
    private String orderValueAttribute = "order_value";
    private double highOrderValue = 1000;
    private int repeatTimes = 2;
    private Duration repeatWithin = Duration.ofDays(90);

    private Builder() {}

    /** Sets the rule-set id. */
    public Builder id(String value) {
      this.id = Checks.identifier("id", value);
      return this;
    }

    /** Sets the id of the NPS question. */
    public Builder npsQuestion(String value) {
      this.npsQuestion = Checks.identifier("npsQuestion", value);
      return this;
    }

    /** Sets the id of the CES question, or null to leave the CES rule out. */
    public Builder cesQuestion(@Nullable String value) {
      this.cesQuestion = value == null ? null : Checks.identifier("cesQuestion", value);
      return this;
    }

    /** Sets the owning team. */
    public Builder team(String value) {
      this.team = Checks.identifier("team", value);
      return this;
    }

    /** Sets the team channel alerted about detractors. */
    public Builder teamChannel(String value) {
      this.teamChannel = Checks.notBlank("teamChannel", value);
      return this;
    }

    /** Sets who escalations go to. */
    public Builder managers(String value) {
      this.managers = Checks.identifier("managers", value);
      return this;
    }

    /** Sets the time to first contact of a detractor. */
    public Builder firstContact(Duration value) {
      this.firstContact = Checks.notNull("firstContact", value);
      return this;
    }

    /** Also opens a low-priority case for passives, to be handled within {@code sla}. */
    public Builder passiveCase(Duration sla) {
      this.passiveCase = true;
      this.passiveSla = Checks.notNull("sla", sla);
      return this;
    }

    /** Sets the link of the review page promoters are asked to use. */
    public Builder reviewLink(URI value) {
      this.reviewLink = Checks.notNull("reviewLink", value);
      return this;
    }

    /** Sets the customer tiers counted as high value. */
    public Builder highValueTiers(String... values) {
      this.highValueTiers = List.of(values);
      return this;
    }

    /** Sets the order value from which a customer counts as high value. */
    public Builder highOrderValue(double value) {
      this.highOrderValue = value;
      return this;
    }

    /** Sets when a detractor counts as a repeat detractor. */
    public Builder repeatDetractor(int times, Duration within) {
      this.repeatTimes = times;
      this.repeatWithin = Checks.notNull("within", within);
      return this;
    }

    /**
     * Builds the playbook rule set.
     *
     * @throws IllegalArgumentException if a setting is invalid (a non-positive SLA, an empty tier
     *     list, a review link that is not http or https)
     */
    public RuleSet build() {
      List<Rule> rules = new ArrayList<>();
      rules.add(
          Rule.builder("escalate-detractor")
              .name("Escalate repeat or high-value detractors")
              .description("A repeat detractor or a high-value customer goes to a manager.")
              .priority(100)
              .when(
                  all(
                      detractor(npsQuestion),
                      any(
                          Conditions.repeatDetractor(npsQuestion, repeatTimes, repeatWithin),
                          attributeIn(tierAttribute, highValueTiers.toArray(new String[0])),
                          attributeAtLeast(orderValueAttribute, highOrderValue))))
              .then(new Action.Escalate(managers, "repeat detractor or high-value customer"))
              .build());
      rules.add(
          Rule.builder("detractor-case")
              .name("Call back detractors")
              .description("A case for the owning team, first contact within the SLA; alert the team.")
              .priority(90)
              .when(detractor(npsQuestion))
              .then(
                  new Action.OpenCase(team, CasePriority.HIGH, firstContact),
                  new Action.NotifyTeam(team, teamChannel, "detractor-alert"))
              .build());
      Rule.Builder passive =
          Rule.builder("passive-follow-up")
              .name("Ask passives what would have made it great")
              .priority(80)
              .when(passive(npsQuestion))
              .then(Action.MessageCustomer.of(MessageKind.WHAT_WOULD_MAKE_IT_GREAT));
      if (passiveCase) {
        passive.then(new Action.OpenCase(team, CasePriority.LOW, passiveSla));
      }
      rules.add(passive.build());
      Rule.Builder promoter =
          Rule.builder("promoter-thanks")
              .name("Thank promoters, ask for a review and a referral")
              .priority(70)
              .when(promoter(npsQuestion))
              .then(Action.MessageCustomer.of(MessageKind.THANK_YOU));
      if (reviewLink != null) {
        promoter.then(new Action.MessageCustomer(MessageKind.REVIEW_REQUEST, reviewLink));
      }
      promoter.then(Action.MessageCustomer.of(MessageKind.REFERRAL_OFFER));
      rules.add(promoter.build());
      if (cesQuestion != null) {
        rules.add(
            Rule.builder("hard-effort")
                .name("Tag hard-to-handle issues for process improvement")
                .priority(60)
                .when(score(cesQuestion, Comparison.AT_MOST, 3))
                .then(new Action.Tag("process-improvement"))
                .build());
      }
      return RuleSet.builder(id).rules(rules).build();
    }
  }
}
