package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What the work-programme topic and the grant agreement provide for financial support to third parties.
 *
 * @param topicProvidesFstp whether the topic foresees financial support to third parties (General Annex K,
 *     first sentence); {@code null} when unknown
 * @param topicReference where the topic text says so (work programme, part and page)
 * @param capDerogation present only when a maximum above the default per-third-party cap is both allowed by the
 *     work programme and justified in the grant (decision Q3)
 */
public record FstpProvision(
        Boolean topicProvidesFstp,
        @Size(max = 500) String topicReference,
        @Valid CapDerogation capDerogation) {
}
