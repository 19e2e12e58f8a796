package io.feedbackloop.routing.web;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.IdempotencyConflictException;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ResponseValidator;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.web.FormAnswers;
import io.feedbackloop.routing.internal.web.FormBody;
import io.feedbackloop.routing.internal.web.FormView;
import io.feedbackloop.routing.internal.web.LanguageChoice;
import io.feedbackloop.routing.internal.web.PageAssets;
import io.feedbackloop.routing.internal.web.PageShell;
import io.feedbackloop.routing.internal.web.PageText;
import io.feedbackloop.routing.internal.web.ProblemMessages;
import io.feedbackloop.routing.internal.web.SurveyForm;
import io.feedbackloop.routing.internal.web.ThankYouView;
import io.feedbackloop.routing.link.InvalidLinkException;
import io.feedbackloop.routing.link.LinkSubject;
import io.feedbackloop.routing.link.OpenedLink;
import io.feedbackloop.routing.link.SurveyLinks;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.scoring.Category;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of personal survey links, without a web framework: {@link #render} answers the GET of
 * a link with the survey page, {@link #submit} answers the POST of its form. Each returns a
 * complete {@link WebPage} (status, headers, HTML) for any HTTP server to send; nothing here does
 * I/O besides the loop's stores.
 *
 * <pre>{@code
 * SurveyPages pages = SurveyPages.builder().loop(loop).build();   // loop built with linkBaseUrl(...)
 * // GET  /s/{token}?score=9  ->  pages.render(token, rawQuery, acceptLanguageHeader)
 * // POST /s/{token}          ->  pages.submit(token, rawBody, acceptLanguageHeader)
 * }</pre>
 *
 * <p><b>Statuses.</b> 200: the survey page, the thank-you page right after a successful POST (no
 * redirect: a reload posts again, which is a replay and shows the same page), or the second step
 * of a form. 404: the polite "link not valid" page, the same page for unknown, expired, used and
 * tampered links, on GET and POST. 422: the form again after a validation problem, every answer
 * kept and each problem next to its question. 400: a form body that is not UTF-8
 * form-urlencoded; nothing is stored.
 *
 * <p><b>Form fields</b> (also the names to post in tests):
 *
 * <ul>
 *   <li>{@code q.<questionId>}: the answer. Scaled questions (NPS, CSAT, CES, rating, smiley): the
 *       whole number. Thumbs: {@code up} or {@code down}. Single choice: the choice id. Multiple
 *       choice: the field repeated, once per chosen choice id. Text: the text ({@code CRLF} becomes
 *       {@code LF}). Empty values and blank texts are unanswered; unknown fields are ignored.
 *   <li>{@code lang}: the page language (a BCP 47 tag), kept from the page that posted.
 *   <li>{@code tz}: the browser's IANA time zone, filled in by the page's script if it runs; used
 *       for the due time on the thank-you page when the contact directory knows no zone.
 *   <li>{@code step}: {@code 2} on the second step of a form.
 * </ul>
 *
 * <p>The GET takes the query parameters {@code score} (one-click links: pre-selects that score of
 * the survey's first scaled question; nothing is recorded until the POST) and {@code lang}.
 *
 * <p><b>Language.</b> The {@code lang} parameter or field if the survey has texts in it, else the
 * contact's locale ({@link FeedbackLoop#contacts()}) if the survey has it, else the best {@code
 * Accept-Language} match among the survey's languages, else the survey's default locale. The
 * pages' own texts (buttons, hints, errors, the invalid-link and thank-you pages) are in en, sv,
 * nl, pl and de, and English otherwise.
 *
 * <p><b>Display conditions.</b> Every question is in the page; a conditional one is shown and
 * hidden by CSS {@code :has()} rules on the checked inputs, without script. The server decides: an
 * answer to a question whose condition is not met is dropped; if a shown required question is
 * unanswered (and nothing else is wrong), the page comes back as a second step asking only that,
 * with the earlier answers in hidden fields.
 *
 * <p><b>Submitting</b> builds the {@link Response}: the link's tenant and respondent, the latest
 * version of the link's survey in the loop's catalog, the page language, channel {@link
 * Channel#LINK}, and id and idempotency key {@code link-<invitationId>} (a hash when the invitation
 * id is not a short identifier), so that a double click or a resubmission is a replay: one stored
 * response and the same thank-you page. It goes through {@link FeedbackLoop#submitThroughLink},
 * which redeems the link in the same unit of work. The thank-you page is chosen by the category of
 * the answer's first scaled or thumbs question from the {@link ThankYouPages}; a negative answer
 * is told when someone will be in touch: the earliest first-contact due time of the cases the
 * answer opened, in the respondent's language and time zone (the contact's zone, else a valid
 * posted {@code tz}, else the {@linkplain Builder#defaultZone default zone}).
 *
 * <p><b>Security.</b> Everything a respondent or an admin wrote is HTML-escaped. Pages load
 * nothing from elsewhere; their only inline style and script are allowed by hash in {@link
 * #CONTENT_SECURITY_POLICY}; frames, referrers, sniffing and caching are off (see {@link
 * WebPage}).
 *
 * <p>Thread-safe and immutable. Exceptions of the loop's stores (e.g. {@link
 * io.feedbackloop.core.StoreException}) propagate: the HTTP adapter answers them with a 500.
 * Logs carry ids only.
 */
public final class SurveyPages {
  private static final Logger LOG = LoggerFactory.getLogger(SurveyPages.class);

  /**
   * The Content-Security-Policy every page is sent with: nothing but the pages' own inline style
   * and script, allowed by their {@code sha256-} hashes; forms post to the same origin only; no
   * framing.
   */
  public static final String CONTENT_SECURITY_POLICY = PageAssets.CONTENT_SECURITY_POLICY;

  /** The default form action prefix, {@code /s/}: the form posts to {@code /s/<token>}. */
  public static final String DEFAULT_FORM_ACTION = "/s/";

  static final String LANG = "lang";
  static final String TZ = "tz";
  static final String STEP = "step";
  static final String SCORE = "score";
  private static final int MAX_FORM_ACTION = 200;

  private final FeedbackLoop loop;
  private final SurveyLinks links;
  private final ThankYouPages thankYouPages;
  private final ZoneId defaultZone;
  private final String formAction;
  private final Clock clock;

  private SurveyPages(Builder b, FeedbackLoop loop, SurveyLinks links) {
    this.loop = loop;
    this.links = links;
    this.thankYouPages = b.thankYouPages;
    this.defaultZone = b.defaultZone;
    this.formAction = b.formAction;
    this.clock = b.clock;
  }

  /** Starts a builder; {@link Builder#loop} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers the GET of a personal link: the survey page (200), or the polite "link not valid" page
   * (404), the same page for unknown, expired, used and tampered links. Records nothing: mail
   * scanners open links too.
   *
   * @param token the token from the path ({@link SurveyLinks#tokenFromPath})
   * @param query the raw query string (without {@code ?}), or null; {@code score} and {@code lang}
   *     are read, a malformed query is ignored
   * @param acceptLanguage the {@code Accept-Language} header, or null
   * @throws NullPointerException if {@code token} is null
   */
  public WebPage render(String token, @Nullable String query, @Nullable String acceptLanguage) {
    Checks.notNull("token", token);
    Map<String, List<String>> params = query == null ? Map.of() : FormBody.decode(query).orElse(Map.of());
    String lang = first(params, LANG);
    OpenedLink opened;
    try {
      opened = links.open(token);
    } catch (InvalidLinkException e) {
      return invalid(lang, acceptLanguage);
    }
    LinkSubject subject = opened.subject();
    Optional<Survey> found = survey(subject);
    if (found.isEmpty()) {
      return invalid(lang, acceptLanguage);
    }
    Survey survey = found.get();
    Contact contact = contact(subject);
    Locale language = LanguageChoice.choose(survey, lang, contact.locale().orElse(null), acceptLanguage);
    Map<String, List<String>> values = new LinkedHashMap<>();
    String score = first(params, SCORE);
    Optional<ScaledQuestion> scaled = firstScaled(survey);
    if (score != null && scaled.isPresent()) {
      try {
        links.open(token, score, scaled.get().scale()).prefilledScore()
            .ifPresent(n -> values.put(FormAnswers.field(scaled.get()), List.of(Integer.toString(n))));
      } catch (InvalidLinkException e) {
        return invalid(lang, acceptLanguage); // expired between the two reads
      }
    }
    return page(200, SurveyForm.render(FormView.fresh(survey, language, action(token), values)));
  }

  /**
   * Answers the POST of a survey form with its fields already decoded: the thank-you page (200),
   * the form again with the problems (422), a second step (200, or 422 if the step itself was
   * left unanswered), or the "link not valid" page (404). A link that was used for an answer
   * that is stored shows that answer's thank-you page again.
   *
   * @param formFields the fields by name, values in posted order (see the class documentation)
   * @param acceptLanguage the {@code Accept-Language} header, or null
   * @throws NullPointerException if {@code token} or {@code formFields} is null
   * @throws io.feedbackloop.core.StoreException if a store fails; nothing is stored
   */
  public WebPage submit(String token, Map<String, List<String>> formFields, @Nullable String acceptLanguage) {
    Checks.notNull("token", token);
    Checks.notNull("formFields", formFields);
    String lang = first(formFields, LANG);
    String tz = first(formFields, TZ);
    LinkSubject subject;
    try {
      // accepts used and expired links too: their stored answer gets its thank-you page again
      subject = links.unsubscribeSubject(token);
    } catch (InvalidLinkException e) {
      return invalid(lang, acceptLanguage);
    }
    String responseId = responseId(subject.invitationId());
    Optional<Response> stored = loop.responses().get(subject.tenant(), responseId);
    if (stored.isPresent()) {
      return replayed(subject, stored.get(), lang, tz, acceptLanguage);
    }
    try {
      links.open(token);
    } catch (InvalidLinkException e) {
      return invalid(lang, acceptLanguage);
    }
    Optional<Survey> found = survey(subject);
    if (found.isEmpty()) {
      return invalid(lang, acceptLanguage);
    }
    Survey survey = found.get();
    Contact contact = contact(subject);
    Locale language = LanguageChoice.choose(survey, lang, contact.locale().orElse(null), acceptLanguage);
    FormAnswers.Parsed parsed = FormAnswers.parse(survey, formFields);
    Response response = response(subject, survey, responseId, language, parsed.answers());
    List<Problem> problems = new java.util.ArrayList<>(parsed.problems());
    problems.addAll(ResponseValidator.validate(response, survey));
    if (!problems.isEmpty()) {
      return problems(token, survey, language, formFields, tz, problems);
    }
    SubmitResult result;
    try {
      result = loop.submitThroughLink(token, response);
    } catch (ValidationException e) {
      return problems(token, survey, language, formFields, tz, e.problems());
    } catch (InvalidLinkException | IdempotencyConflictException e) {
      // a racing request answered first: show its answer's page if it is stored
      Optional<Response> winner = loop.responses().get(subject.tenant(), responseId);
      return winner.isPresent()
          ? replayed(subject, winner.get(), lang, tz, acceptLanguage)
          : invalid(lang, acceptLanguage);
    }
    List<FollowUpCase> cases =
        result.replay()
            ? loop.cases().store().findByResponse(subject.tenant(), result.response().id())
            : result.openedCases();
    return thankYou(survey, result.response(), language, zone(contact, tz), cases);
  }

  /**
   * Answers the POST of a survey form with its raw {@code application/x-www-form-urlencoded}
   * UTF-8 body, as {@link #submit(String, Map, String)} does. A malformed body (a bad percent
   * escape, bytes that are not UTF-8, more than {@value FormBody#MAX_LENGTH} characters or {@value
   * FormBody#MAX_FIELDS} fields) gets the "answer could not be read" page (400) and nothing is
   * stored.
   *
   * @throws NullPointerException if {@code token} or {@code formBody} is null
   */
  public WebPage submit(String token, String formBody, @Nullable String acceptLanguage) {
    Checks.notNull("token", token);
    Checks.notNull("formBody", formBody);
    Optional<Map<String, List<String>>> fields = FormBody.decode(formBody);
    if (fields.isEmpty()) {
      Locale language = LanguageChoice.forPlainPage(null, acceptLanguage);
      return page(
          400,
          PageShell.message(
              language, PageText.BAD_REQUEST_TITLE.in(language), PageText.BAD_REQUEST_TEXT.in(language)));
    }
    return submit(token, fields.get(), acceptLanguage);
  }

  // ---------------------------------------------------------------- pieces

  private WebPage replayed(
      LinkSubject subject, Response stored, @Nullable String lang, @Nullable String tz, @Nullable String acceptLanguage) {
    Optional<Survey> found = loop.surveys().find(stored.surveyId(), stored.surveyVersion());
    if (found.isEmpty()) {
      return invalid(lang, acceptLanguage);
    }
    Survey survey = found.get();
    Contact contact = contact(subject);
    Locale fallback = contact.locale().or(stored::locale).orElse(null);
    Locale language = LanguageChoice.choose(survey, lang, fallback, acceptLanguage);
    List<FollowUpCase> cases = loop.cases().store().findByResponse(subject.tenant(), stored.id());
    return thankYou(survey, stored, language, zone(contact, tz), cases);
  }

  private WebPage problems(
      String token,
      Survey survey,
      Locale language,
      Map<String, List<String>> fields,
      @Nullable String tz,
      List<Problem> problems) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Question q : survey.questions()) {
      List<String> v = fields.get(FormAnswers.field(q));
      if (v != null && !v.isEmpty()) {
        kept.put(FormAnswers.field(q), v);
      }
    }
    String zone = tz == null ? "" : tz;
    Set<String> step = secondStep(survey, problems);
    boolean again = "2".equals(first(fields, STEP));
    if (!step.isEmpty() && !again) {
      return page(200, SurveyForm.render(new FormView(survey, language, action(token), kept, Map.of(), List.of(), step, zone)));
    }
    ProblemMessages.Messages m = ProblemMessages.of(survey, problems, language);
    return page(
        422,
        SurveyForm.render(
            new FormView(survey, language, action(token), kept, m.byQuestion(), m.general(), step, zone)));
  }

  /**
   * The questions of a second step: when the only problems are unanswered required questions
   * that are conditional (the respondent may not have seen them), those; else none.
   */
  static Set<String> secondStep(Survey survey, List<Problem> problems) {
    Set<String> step = new LinkedHashSet<>();
    for (Problem p : problems) {
      Optional<Question> q =
          p.path().startsWith("/answers/")
              ? survey.question(p.path().substring("/answers/".length()))
              : Optional.empty();
      if (p.code() != ProblemCode.MISSING_ANSWER || q.isEmpty() || q.get().displayCondition().isEmpty()) {
        return Set.of();
      }
      step.add(q.get().id());
    }
    return step;
  }

  private WebPage thankYou(
      Survey survey, Response response, Locale language, ZoneId zone, List<FollowUpCase> cases) {
    Category category = category(survey, response);
    ThankYouPage p = thankYouPages.page(survey.id(), category, language);
    String contact =
        category == Category.NEGATIVE
            ? ThankYouView.contact(category, ThankYouView.earliestDue(cases), zone, language)
            : null;
    return page(200, ThankYouView.render(language, p.title(), p.text(), p.linkLabel(), p.linkUrl(), contact));
  }

  /** The category of the first scaled or thumbs question answered; NEUTRAL if there is none. */
  static Category category(Survey survey, Response response) {
    for (Question q : survey.questions()) {
      if (q instanceof ScaledQuestion || q instanceof ThumbsQuestion) {
        Optional<Answer> a = response.answer(q.id());
        if (a.isPresent()) {
          Optional<Category> c = Category.of(q, a.get());
          if (c.isPresent()) {
            return c.get();
          }
        }
      }
    }
    return Category.NEUTRAL;
  }

  private Response response(
      LinkSubject subject, Survey survey, String id, Locale language, List<Answer> answers) {
    Response.Builder b =
        Response.builder(subject.tenant(), survey.id())
            .id(id)
            .idempotencyKey(id)
            .surveyVersion(survey.version())
            .respondent(subject.respondent())
            .touchpoint(survey.touchpoint().orElse(null))
            .channel(Channel.LINK)
            .locale(language)
            .clock(clock);
    answers.forEach(b::answer);
    return b.build();
  }

  /**
   * The response id and idempotency key of the answer to an invitation: {@code
   * link-<invitationId>}, or {@code link-} and 40 hex digits of its SHA-256 when that is not an
   * identifier of at most 64 characters.
   */
  static String responseId(String invitationId) {
    String plain = "link-" + invitationId;
    if (Checks.isIdentifier(plain)) {
      return plain;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(invitationId.getBytes(StandardCharsets.UTF_8));
      return "link-" + HexFormat.of().formatHex(digest).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private Optional<Survey> survey(LinkSubject subject) {
    Optional<Survey> s = loop.surveys().latest(subject.surveyId());
    if (s.isEmpty()) {
      LOG.warn("survey page: survey {} of a link of tenant {} is not in the loop's catalog", subject.surveyId(), subject.tenant());
    }
    return s;
  }

  private Contact contact(LinkSubject subject) {
    try {
      return loop.contacts().find(subject.tenant(), subject.respondent()).orElse(Contact.empty());
    } catch (RuntimeException e) {
      // the page works without locale and zone; the exception's text may hold personal data
      LOG.warn(
          "survey page: contact directory failed for respondent {} of tenant {}: {}",
          subject.respondent(),
          subject.tenant(),
          e.getClass().getName());
      return Contact.empty();
    }
  }

  private ZoneId zone(Contact contact, @Nullable String tz) {
    if (contact.zone().isPresent()) {
      return contact.zone().get();
    }
    if (tz != null && ZoneId.getAvailableZoneIds().contains(tz)) {
      return ZoneId.of(tz);
    }
    return defaultZone;
  }

  private static Optional<ScaledQuestion> firstScaled(Survey survey) {
    for (Question q : survey.questions()) {
      if (q instanceof ScaledQuestion s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private String action(String token) {
    return formAction + token;
  }

  private static WebPage invalid(@Nullable String lang, @Nullable String acceptLanguage) {
    Locale language = LanguageChoice.forPlainPage(lang, acceptLanguage);
    return page(
        404,
        PageShell.message(language, PageText.INVALID_TITLE.in(language), PageText.INVALID_TEXT.in(language)));
  }

  private static @Nullable String first(Map<String, List<String>> fields, String name) {
    List<String> v = fields.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  static WebPage page(int status, String html) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/html; charset=utf-8");
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("Cache-Control", "no-store");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    return new WebPage(status, headers, html);
  }

  @Override
  public String toString() {
    return "SurveyPages[" + formAction + "]";
  }

  /** Builds {@link SurveyPages}. Not thread-safe. */
  public static final class Builder {
    private @Nullable FeedbackLoop loop;
    private ThankYouPages thankYouPages = ThankYouPages.ofDefaults();
    private ZoneId defaultZone = ZoneId.of("UTC");
    private String formAction = DEFAULT_FORM_ACTION;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the loop whose links, surveys, contacts and cases the pages use. Required. */
    public Builder loop(FeedbackLoop loop) {
      this.loop = Checks.notNull("loop", loop);
      return this;
    }

    /** Sets the thank-you pages; default {@link ThankYouPages#ofDefaults()}. */
    public Builder thankYouPages(ThankYouPages pages) {
      this.thankYouPages = Checks.notNull("pages", pages);
      return this;
    }

    /**
     * Sets the zone of due times when neither the contact directory nor the browser gives one;
     * default UTC.
     */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Checks.notNull("zone", zone);
      return this;
    }

    /**
     * Sets where forms post: {@code pathPrefix + token}; default {@code /s/}.
     * Use the path the HTTP server routes to {@link #submit}.
     *
     * @throws IllegalArgumentException if the prefix is blank, longer than 200 characters or has
     *     whitespace, control characters, quotes, {@code <}, {@code >}, {@code ?} or {@code #}
     */
    public Builder formAction(String pathPrefix) {
      Checks.notBlank("pathPrefix", pathPrefix);
      Checks.check(pathPrefix.length() <= MAX_FORM_ACTION, "pathPrefix length", "<= " + MAX_FORM_ACTION, pathPrefix.length());
      for (int i = 0; i < pathPrefix.length(); i++) {
        char c = pathPrefix.charAt(i);
        if (c <= ' ' || c == 0x7f || "\"'<>?#\\`".indexOf(c) >= 0) {
          Checks.check(false, "pathPrefix", "a URL path without spaces, quotes, '?' or '#'", "'" + Checks.printable(pathPrefix) + "'");
        }
      }
      this.formAction = pathPrefix;
      return this;
    }

    /**
     * Sets the clock that stamps answers; default system UTC. Give the loop's clock, so that
     * answers and their cases agree.
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Builds the pages.
     *
     * @throws IllegalStateException if no loop was set, or the loop has no survey links (it was
     *     built without {@code linkBaseUrl(...)})
     */
    public SurveyPages build() {
      FeedbackLoop l = loop;
      if (l == null) {
        throw new IllegalStateException("SurveyPages needs loop(...), but none was set");
      }
      Optional<SurveyLinks> links = l.links();
      if (links.isEmpty()) {
        throw new IllegalStateException(
            "SurveyPages needs a loop with survey links, but the loop was built without linkBaseUrl(...)");
      }
      return new SurveyPages(this, l, links.get());
    }
  }
}
