package org.fundingrules.facts;

import java.util.List;

/**
 * Natural persons (or business angels) acting jointly, as asserted by the case.
 *
 * @param id id in the case file
 * @param memberIds the members
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 * @param steers the enterprises the group steers without a majority of their votes, by id, sorted
 * @param through for each enterprise steered, how (a {@link org.fundingrules.model.JointInfluence} name)
 */
public record JointGroupFact(String id, List<String> memberIds, String structure, List<String> steers,
                             java.util.Map<String, String> through) {
    /** A group whose structure is unknown (it meets only facts whose structure is unknown too). */
    public JointGroupFact(String id, List<String> memberIds) {
        this(id, memberIds, null, List.of(), java.util.Map.of());
    }

    public JointGroupFact {
        memberIds = List.copyOf(memberIds);
        steers = List.copyOf(steers);
        through = java.util.Map.copyOf(through);
    }
}
