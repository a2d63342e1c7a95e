package org.fundingrules.facts;

import java.util.List;

/**
 * Natural persons acting jointly, as asserted by the case.
 *
 * @param id id in the case file
 * @param memberIds the natural persons
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 */
public record JointGroupFact(String id, List<String> memberIds, String structure) {
    /** A group whose structure is unknown (it meets only facts whose structure is unknown too). */
    public JointGroupFact(String id, List<String> memberIds) {
        this(id, memberIds, null);
    }

    public JointGroupFact {
        memberIds = List.copyOf(memberIds);
    }
}
