/**
 * The preconfigured, hardened JSON mapping: reading case files (duplicate keys, unknown properties, deep nesting and
 * oversized numbers or strings are rejected; no polymorphic typing) and writing evaluations deterministically
 * (fixed property order, plain decimals, {@code \n} line ends, nothing from the host).
 *
 * Also the validation of a case file read or built in Java.
 *
 * <p>Not API: the library's API reads and writes JSON through {@code FundingRules.readCase} and
 * {@code FundingRules.toJson}. The mapper is shared and thread-safe; nothing may reconfigure it.
 */
package org.fundingrules.json;
