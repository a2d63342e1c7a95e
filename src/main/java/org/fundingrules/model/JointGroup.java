package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Natural persons acting jointly: coordinating to influence the commercial decisions of the enterprises they hold
 * (CJEU C-110/13 HaTeFo). The library cannot infer this; the case asserts it (decision Q11).
 *
 * @param id identifier within the case file
 * @param memberIds the natural persons (entries of {@code enterprises} of kind NATURAL_PERSON)
 * @param basis what shows that they act jointly
 */
public record JointGroup(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull @Size(min = 2, max = 100) List<@NotBlank String> memberIds,
        @Size(max = 1000) String basis) {

    public JointGroup {
        memberIds = Lists.copyOrNull(memberIds);
    }
}
