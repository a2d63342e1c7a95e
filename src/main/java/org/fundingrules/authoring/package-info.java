/**
 * Tools for rule authors: {@link org.fundingrules.authoring.Lint} reads a rules folder as text, without compiling it
 * (CLI {@code fundingrules lint}); the engines behind the CLI commands {@code test}, {@code coverage}, {@code mutate}
 * and {@code impact}; the rule catalogue of {@code docs} ({@link org.fundingrules.authoring.RuleCatalogue}). Not
 * API: anything here may change in any release, with the commands it serves.
 */
package org.fundingrules.authoring;
