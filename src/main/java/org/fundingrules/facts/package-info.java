/**
 * The vocabulary the rules see: facts derived from a validated case file (amounts already in EUR, as exact
 * {@link java.math.BigDecimal}), dated parameters in force on the reference date, and facts that definition rules
 * derive for decision rules. DRL files import these types; rule authors read them as the data dictionary.
 *
 * <p>Stability: public for rule authors who keep their own rules folder; fields are added, never renamed, within
 * a major version. All types are immutable records. No type here depends on the rules engine.
 */
package org.fundingrules.facts;
