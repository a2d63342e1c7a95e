package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Natural persons or business angels acting jointly: coordinating to influence the commercial decisions of the
 * enterprises they hold (CJEU C-110/13 HaTeFo; Annex Art. 3(2)(a), "groups of individuals"). The library cannot infer
 * this; the case asserts it (decisions Q11, SME-8).
 *
 * @param id identifier within the case file
 * @param memberIds the members (entries of {@code enterprises} of kind NATURAL_PERSON or BUSINESS_ANGEL)
 * @param basis what shows that they act jointly
 * @param steers the enterprises the group steers without holding a majority of their votes, through management,
 *     family ties or an agreement; enterprises steered on the same or adjacent markets are linked (decision SME-9)
 */
public record JointGroup(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull @Size(min = 2, max = 100) List<@NotBlank String> memberIds,
        @Size(max = 1000) String basis,
        @Size(max = 1000) List<@NotNull @Valid SteeredEnterprise> steers) {

    public JointGroup {
        memberIds = Lists.copyOrNull(memberIds);
        steers = Lists.copy(steers);
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .memberIds(memberIds)
                .basis(basis)
                .steers(steers);
    }

    /** Builds {@link JointGroup} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private List<String> memberIds;
        private String basis;
        private List<SteeredEnterprise> steers;

        private Builder() {
        }

        /** Sets {@link JointGroup#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link JointGroup#memberIds()} to a copy of the list. */
        public Builder memberIds(List<String> memberIds) {
            this.memberIds = Lists.copyOrNull(memberIds);
            return this;
        }

        /** Sets {@link JointGroup#basis()}. */
        public Builder basis(String basis) {
            this.basis = basis;
            return this;
        }

        /** Sets {@link JointGroup#steers()} to a copy of the list. */
        public Builder steers(List<SteeredEnterprise> steers) {
            this.steers = Lists.copyOrNull(steers);
            return this;
        }

        /** The record of the components set. */
        public JointGroup build() {
            return new JointGroup(id, memberIds, basis, steers);
        }
    }
}
