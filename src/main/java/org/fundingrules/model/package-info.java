/**
 * The case file: one funded action described as of a reference date, as immutable records with Bean Validation
 * constraints. These types mirror the JSON document field for field (a JSON path such as
 * {@code $.awards[2].amount} names the record component of the same name) and know nothing of the rules engine.
 *
 * <p>Stability: public API. New optional components may be added in minor versions; existing ones keep their
 * meaning. All records are immutable, null-hostile where annotated {@code @NotNull} and thread-safe.
 *
 * <p>Because a new component changes the canonical constructor, code that builds records should use their builders
 * ({@code OpenCall.builder().id("oc1").title("...").build()}, or {@code call.toBuilder().smeOnly(true).build()} for a
 * copy with one component changed): a component the caller does not set is null, as if absent from the JSON.
 * The canonical constructors are for frameworks such as Jackson, which fill every component; a call to one in your
 * code may stop compiling in a minor version. Every record of four or more components, and {@link FstpProvision},
 * has a builder; the smaller records are built with their constructors.
 */
package org.fundingrules.model;
