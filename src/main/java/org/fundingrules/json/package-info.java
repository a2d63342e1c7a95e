/**
 * The preconfigured, hardened JSON mapping: reading case files (duplicate keys, unknown properties, deep nesting and
 * oversized numbers or strings are rejected; no polymorphic typing) and writing evaluations deterministically
 * (fixed property order, plain decimals, {@code \n} line ends, nothing from the host).
 *
 * <p>Stability: public API. The mapper is shared and thread-safe; do not reconfigure it.
 */
package org.fundingrules.json;
