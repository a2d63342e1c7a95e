/**
 * Renderings of an evaluation for people: {@link org.fundingrules.report.HtmlReport} writes one self-contained HTML
 * audit report (inline CSS and SVG, no script, nothing fetched) in English or French. The report's own words come from
 * its message bundles ({@code report.properties}, {@code report_fr.properties}); what the rules wrote (statements,
 * reasons, summaries) from the rule set's {@link org.fundingrules.Messages}, or as the evaluation holds it; figure
 * names as the trace writes them, and its tables under their trace headings, except the innovation indicators, whose
 * columns the report names itself in both languages. Everything from the case or the trace is escaped.
 *
 * <p>Stability: public API ({@code HtmlReport}); the rest is package-private.
 */
package org.fundingrules.report;
