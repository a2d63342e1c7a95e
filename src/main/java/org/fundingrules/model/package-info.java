/**
 * The case file: one funded action described as of a reference date, as immutable records with Bean Validation
 * constraints. These types mirror the JSON document field for field (a JSON path such as
 * {@code $.awards[2].amount} names the record component of the same name) and know nothing of the rules engine.
 *
 * <p>Stability: public API. New optional components may be added in minor versions; existing ones keep their
 * meaning. All records are immutable, null-hostile where annotated {@code @NotNull} and thread-safe.
 */
package org.fundingrules.model;
