/**
 * The command-line interface: {@code java -jar fundingrules.jar evaluate case.json [--format json|text]
 * [--rules DIR]}. Exit codes: 0 every verdict compliant, 1 any verdict not compliant or undetermined, 2 invalid
 * input, 3 rules that do not load, 64 wrong usage. Not API.
 */
package org.fundingrules.cli;
