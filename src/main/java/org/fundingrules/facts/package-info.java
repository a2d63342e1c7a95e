/**
 * The vocabulary the rules see, and the package rule files import: facts derived from a validated case file (amounts
 * already in EUR, as exact {@link java.math.BigDecimal}), facts that derivation rules derive for decision rules,
 * the dated parameters as the rules read them ({@link org.fundingrules.facts.Parameters}, through the
 * {@code parameters} global), the stage facts that order derivation before decision
 * ({@link org.fundingrules.facts.Stage}, {@link org.fundingrules.facts.Decide}), and the pure helpers a rule may
 * call ({@link org.fundingrules.facts.Amounts} for amounts in messages). Rule authors read it as the data dictionary.
 *
 * <p>Stability: public for rule authors who keep their own rules folder; fields are added, never renamed, within
 * a major version. All types are immutable records or pure functions. No type here depends on the rules engine.
 */
package org.fundingrules.facts;
