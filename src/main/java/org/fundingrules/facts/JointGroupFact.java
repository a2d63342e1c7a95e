package org.fundingrules.facts;

import java.util.List;

/**
 * Natural persons acting jointly, as asserted by the case.
 *
 * @param id id in the case file
 * @param memberIds the natural persons
 */
public record JointGroupFact(String id, List<String> memberIds) {
    public JointGroupFact {
        memberIds = List.copyOf(memberIds);
    }
}
