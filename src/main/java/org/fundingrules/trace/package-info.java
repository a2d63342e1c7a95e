/**
 * The explanation trace: what each criterion read, which parameters it used, what it computed, and why it passed
 * or failed. Immutable records, safe to share between threads; lists are never null and are sorted so that the same
 * input always gives the same trace.
 *
 * <p>Stability: public API.
 */
package org.fundingrules.trace;
