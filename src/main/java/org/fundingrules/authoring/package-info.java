/**
 * The rule author's kit: the engines behind the CLI commands {@code test}, {@code coverage}, {@code mutate} and
 * {@code impact}. Not API: these classes may change with the commands they serve.
 */
package org.fundingrules.authoring;
