package io.feedbackloop.examples.web;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.examples.scenarios.InboxChannel;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.SurveyLinks;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.web.SurveyPages;
import io.feedbackloop.routing.web.WebPage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The demo behind the {@code serve} command: an in-memory {@link FeedbackLoop} of a small shop (an
 * NPS survey in five languages, the standard playbook, a support team of two, customers in five
 * languages and time zones), its {@link SurveyPages} with a review link on the promoter's
 * thank-you page, fresh personal links, and an index page showing what the loop did. Customer
 * e-mails and team notices go to in-process inboxes instead of the outside world.
 *
 * <p>Thread-safe.
 */
public final class SurveyDemo {
  /** The demo shop's tenant. */
  public static final TenantId TENANT = TenantId.of("demo-shop");

  /** The survey's id. */
  public static final String SURVEY_ID = "post-delivery";

  /** Where the promoter's thank-you page asks for a review. */
  public static final URI REVIEW_URL = URI.create("https://reviews.example/demo-shop");

  /** How long an issued link stays valid. */
  public static final Duration LINK_LIFETIME = Duration.ofDays(14);

  private final FeedbackLoop loop;
  private final SurveyLinks links;
  private final SurveyPages pages;
  private final Clock clock;
  private final InboxChannel email = new InboxChannel();
  private final InboxChannel staff = new InboxChannel();
  private final LongAdder responses = new LongAdder();
  private final List<LoopEvent.CaseOpened> cases = new CopyOnWriteArrayList<>();
  private final AtomicInteger invitations = new AtomicInteger();

  private SurveyDemo(URI linkBaseUrl, Clock clock) {
    this.clock = clock;
    Map<String, Contact> contacts = new LinkedHashMap<>();
    for (DemoRespondent r : DemoRespondent.ALL) {
      contacts.put(r.id(), r.contact());
    }
    this.loop =
        FeedbackLoop.builder()
            .survey(Surveys.nps(SURVEY_ID, Locale.ENGLISH))
            .team(Team.of("support", "ana", "ben"))
            .contacts(ContactDirectory.of(contacts))
            .channel("email", email)
            .channel("staff", staff)
            .linkBaseUrl(linkBaseUrl)
            .listener(this::record)
            .clock(clock)
            .build();
    this.links = loop.links().orElseThrow();
    this.pages =
        SurveyPages.builder()
            .loop(loop)
            .thankYouPages(DemoThankYou.pages(REVIEW_URL))
            .clock(clock)
            .build();
  }

  /**
   * Builds the demo loop and its pages.
   *
   * @param linkBaseUrl where the survey pages are served, e.g. {@code http://localhost:8080}
   * @param clock the loop's clock
   */
  public static SurveyDemo create(URI linkBaseUrl, Clock clock) {
    Objects.requireNonNull(linkBaseUrl, "linkBaseUrl must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    return new SurveyDemo(linkBaseUrl, clock);
  }

  /** The loop. */
  public FeedbackLoop loop() {
    return loop;
  }

  /** The survey pages to serve. */
  public SurveyPages pages() {
    return pages;
  }

  /**
   * Issues a fresh personal link to the survey for {@code respondent}, valid for {@link
   * #LINK_LIFETIME}.
   */
  public IssuedLink issue(DemoRespondent respondent) {
    Objects.requireNonNull(respondent, "respondent must not be null");
    return links.issue(
        TENANT,
        SURVEY_ID,
        RespondentId.of(respondent.id()),
        "demo-" + invitations.incrementAndGet(),
        clock.instant().plus(LINK_LIFETIME));
  }

  /** Issues one fresh link per demo respondent, in {@link DemoRespondent#ALL} order. */
  public List<IssuedLink> issueAll() {
    List<IssuedLink> out = new ArrayList<>();
    for (DemoRespondent r : DemoRespondent.ALL) {
      out.add(issue(r));
    }
    return out;
  }

  /** The messages delivered so far to customers (e-mail) and to the team, in that order. */
  public List<Message> delivered() {
    List<Message> out = new ArrayList<>(email.messages());
    out.addAll(staff.messages());
    return out;
  }

  /** The cases the loop opened so far, oldest first. */
  public List<LoopEvent.CaseOpened> casesOpened() {
    return List.copyOf(cases);
  }

  /**
   * The index page: a fresh link per respondent (plain and one-click with 3 and 10) and what the
   * loop did so far.
   */
  public WebPage indexPage() {
    List<IndexPage.LinkRow> rows = new ArrayList<>();
    for (DemoRespondent r : DemoRespondent.ALL) {
      IssuedLink link = issue(r);
      rows.add(
          new IndexPage.LinkRow(
              r, link.url(), SurveyLinks.oneClickUrl(link, 3), SurveyLinks.oneClickUrl(link, 10)));
    }
    return IndexPage.render(
        rows, responses.sum(), casesOpened(), loop.health().outboxPending(), delivered());
  }

  private void record(LoopEvent event) {
    if (event instanceof LoopEvent.ResponseRecorded) {
      responses.increment();
    } else if (event instanceof LoopEvent.CaseOpened opened) {
      cases.add(opened);
    }
  }

  @Override
  public String toString() {
    return "SurveyDemo[" + loop + "]";
  }
}
