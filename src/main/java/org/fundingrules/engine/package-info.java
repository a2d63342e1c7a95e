/**
 * Engine wiring: loading and compiling the rule files, dated parameters, fact building, the helpers rules call to
 * record criteria, and assembling verdicts. Not API: anything here may change in any release. This is the only
 * package that imports the rules engine ({@code org.kie}, {@code org.drools}).
 */
package org.fundingrules.engine;
