/**
 * fundingrules: explained compliance verdicts for EU cascade funding.
 *
 * <p>Start with {@link org.fundingrules.FundingRules}: build one instance (it compiles the rules once), then call
 * {@code evaluate} as often as you like, from any thread. Each call returns an {@link org.fundingrules.trace.Evaluation}
 * or throws {@link org.fundingrules.trace.InvalidCaseException}; it never returns a partial verdict.
 *
 * <p>Stability: the types in this package, {@code model} and {@code trace} are the public API. Nothing under
 * {@code internal} is.
 */
package org.fundingrules;
