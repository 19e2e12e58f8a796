/**
 * The demo's report: a plain data model ({@link io.feedbackloop.examples.demo.report.ShopReport}
 * and its parts) filled by the simulation, and two renderers that only read it: {@link
 * io.feedbackloop.examples.demo.report.TextReport} for the console and {@link
 * io.feedbackloop.examples.demo.report.HtmlReport} for one self-contained HTML page with inline
 * SVG charts (no script, no external asset). The renderers are pure functions of the model: the
 * same model gives the same bytes.
 */
@NullMarked
package io.feedbackloop.examples.demo.report;

import org.jspecify.annotations.NullMarked;
