/**
 * fundingrules: explained compliance verdicts for EU cascade funding.
 *
 * <p>Start with {@link org.fundingrules.FundingRules}: get a {@link org.fundingrules.RuleSet} once
 * ({@code FundingRules.packaged()}, or {@code FundingRules.builder()} for a rules folder), then call
 * {@code evaluate} as often as you like, from any thread. Each call returns an
 * {@link org.fundingrules.trace.Evaluation} or throws {@link org.fundingrules.trace.InvalidCaseException}; it never
 * returns a partial verdict.
 *
 * <p>Stability: the types in this package, {@code model} and {@code trace} are the public API, and
 * {@code report.HtmlReport}. The rule-author API is {@code facts}. Nothing under {@code engine}, {@code json},
 * {@code authoring} or {@code cli} is API: read and write JSON through {@code FundingRules.readCase} and
 * {@code FundingRules.toJson}.
 */
package org.fundingrules;
