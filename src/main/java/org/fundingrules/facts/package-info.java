/**
 * The rule-author API: the one package a rule file imports (besides the case's vocabulary in
 * {@link org.fundingrules.model} and {@code java.*}), and the reference {@code rules/README.md} points to.
 *
 * <ul>
 *   <li><b>Facts</b> derived from a validated case file (amounts already in EUR, as exact
 *       {@link java.math.BigDecimal}), and the facts that derivation rules derive for decision rules
 *       ({@link org.fundingrules.facts.SmeFacts}, {@link org.fundingrules.facts.StateAidFacts},
 *       {@link org.fundingrules.facts.ImpactFacts}, ...): the data dictionary.</li>
 *   <li><b>Parameters</b>, as the rules read them: {@link org.fundingrules.facts.Parameters} through the
 *       {@code parameters} global, resolved once per reference date; never facts in the session.</li>
 *   <li><b>Stages</b> that order derivation before decision: {@link org.fundingrules.facts.Stage},
 *       {@link org.fundingrules.facts.Decide}.</li>
 *   <li><b>Recording a criterion</b>: {@link org.fundingrules.facts.Judge}, one chained statement per decision rule;
 *       it records message keys, raw values and parameter uses, and renders nothing while rules fire.</li>
 *   <li><b>Messages</b>: {@link org.fundingrules.facts.Words} (a key of the family's bundles and its arguments).</li>
 *   <li><b>Pure helpers</b> for mechanical work that is not itself law: exact euro sums
 *       ({@link org.fundingrules.facts.SumEur} for {@code accumulate}), amounts in words
 *       ({@link org.fundingrules.facts.Amounts}), date arithmetic. A helper computes; it never returns a legal
 *       conclusion, which is always a rule's.</li>
 * </ul>
 *
 * <p>Stability: public for rule authors who keep their own rules folder; fields are added, never renamed, within
 * a major version. Facts are immutable records. {@code Judge} and {@code SumEur} are the only types here that
 * touch the rules engine's API ({@code RuleContext}, {@code AccumulateFunction}); {@link
 * org.fundingrules.facts.Judge#collectInto} is the engine's, not the rules'.
 */
package org.fundingrules.facts;
