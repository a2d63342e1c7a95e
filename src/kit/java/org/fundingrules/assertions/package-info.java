/**
 * The assertion kit for auditors: fluent AssertJ assertions over an {@link org.fundingrules.trace.Evaluation}, its
 * {@link org.fundingrules.trace.Verdict}s and their {@link org.fundingrules.trace.Criterion} traces. Start with
 * {@link org.fundingrules.assertions.FundingAssertions#assertThat(org.fundingrules.trace.Evaluation)}.
 *
 * <p>A failed assertion quotes the part of the trace it looked at (subject, outcome, rule id, citation, statement,
 * test, reason, figures), so the report of a failing audit test says why without re-running anything.
 *
 * <p>Shipped as the attached jar {@code org.fundingrules:fundingrules:<version>:kit}; it needs
 * {@code org.assertj:assertj-core} on the test class path (3.27.7 is the version it is built and tested with).
 * Numbers are compared exactly ({@code BigDecimal.compareTo}: {@code 243.5} equals {@code 243.50}); nothing is rounded.
 * Assertion objects are not thread-safe, like AssertJ's own.
 *
 * <p>Stability: public API, experimental in 0.x.
 */
package org.fundingrules.assertions;
