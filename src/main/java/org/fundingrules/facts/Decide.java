package org.fundingrules.facts;

/**
 * Inserted by the engine once every derivation, of every family and of the {@link Stage} after them, has reached its
 * fixpoint. A decision rule (one that records a criterion) matches {@code Decide()} first, so it fires once, on final
 * facts: derive first, then decide. Its finding is then collected as it is, without truth maintenance.
 */
public record Decide() {
}
