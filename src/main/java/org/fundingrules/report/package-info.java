/**
 * Renderings of an evaluation for people: {@link org.fundingrules.report.HtmlReport} writes one self-contained HTML
 * audit report (inline CSS and SVG, no script, nothing fetched). Every text of the report's own comes from one
 * message bundle, so a later version can resolve it in another language; what the rules wrote (statements, reasons,
 * figures) is shown as the evaluation holds it. Everything from the case or the trace is escaped.
 *
 * <p>Stability: public API ({@code HtmlReport}); the rest is package-private.
 */
package org.fundingrules.report;
