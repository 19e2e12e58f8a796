/**
 * The JSON codec: {@link io.feedbackloop.core.json.FeedbackJson} reads and writes survey
 * definitions and responses.
 *
 * <p><b>Wire format (schema version 1).</b> A survey definition is an object {@code
 * {"schemaVersion":1, "id", "version", "name", "touchpoint"?, "defaultLocale", "metadata"?,
 * "questions":[…]}}; each question has {@code "type"} (a {@link
 * io.feedbackloop.core.survey.QuestionType} wire name), {@code "id"}, {@code "text"} (BCP 47 tag to
 * text), {@code "required"}, an optional {@code "showIf"} and the properties of its type ({@code
 * "scale"}, {@code "labels"}, {@code "faces"}, {@code "choices"}, {@code "minSelections"}, {@code
 * "maxSelections"}, {@code "maxLength"}). A response is an object {@code {"schemaVersion":1?, "id"?,
 * "tenant", "survey":{"id","version"}, "respondent"?, "touchpoint"?, "channel", "submittedAt",
 * "locale"?, "idempotencyKey"?, "answers":{"<questionId>":{"type":"score|thumbs|choice|text",
 * "value":…}}, "attributes"?}}. JSON Schemas (draft 2020-12) of both ship as the resources {@code
 * io/feedbackloop/core/json/survey-definition.schema.json} and {@code response.schema.json}.
 *
 * <p>Every problem of the input is reported as a {@link
 * io.feedbackloop.core.validation.ValidationException} whose problems carry a JSON pointer and a
 * {@code json_*} {@link io.feedbackloop.core.validation.ProblemCode}. Jackson is an implementation
 * detail and appears in no signature.
 */
@NullMarked
package io.feedbackloop.core.json;

import org.jspecify.annotations.NullMarked;
