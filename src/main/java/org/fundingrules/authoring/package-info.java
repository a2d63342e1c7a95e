/**
 * Tools for rule authors that read a rules folder as text, without compiling it: {@link
 * org.fundingrules.authoring.Lint} (CLI {@code fundingrules lint}). Not API: anything here may change in any release.
 */
package org.fundingrules.authoring;
