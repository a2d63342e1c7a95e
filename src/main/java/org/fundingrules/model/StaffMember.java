package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One person or group of like persons counted towards staff headcount (Annex Art. 5), when the case gives the
 * inputs rather than the annual work units.
 *
 * @param role how the person works for the enterprise
 * @param persons how many persons this line stands for
 * @param workingTimeShare share of full time (1 = full time)
 * @param monthsWorked months of the accounting year worked (0 to 12)
 * @param leaveMonths months of maternity or parental leave within those months (not counted)
 */
public record StaffMember(
        @NotNull Role role,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal persons,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal workingTimeShare,
        @NotNull @DecimalMin("0") @DecimalMax("12") BigDecimal monthsWorked,
        @DecimalMin("0") @DecimalMax("12") BigDecimal leaveMonths) {

    /** Roles of Annex Art. 5. */
    public enum Role {
        EMPLOYEE, SECONDED_OR_TREATED_AS_EMPLOYEE, OWNER_MANAGER, PARTNER_IN_REGULAR_ACTIVITY,
        /** Apprentices and students in vocational training: not counted. */
        APPRENTICE_OR_VOCATIONAL_STUDENT
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .role(role)
                .persons(persons)
                .workingTimeShare(workingTimeShare)
                .monthsWorked(monthsWorked)
                .leaveMonths(leaveMonths);
    }

    /** Builds {@link StaffMember} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private Role role;
        private BigDecimal persons;
        private BigDecimal workingTimeShare;
        private BigDecimal monthsWorked;
        private BigDecimal leaveMonths;

        private Builder() {
        }

        /** Sets {@link StaffMember#role()}. */
        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        /** Sets {@link StaffMember#persons()}. */
        public Builder persons(BigDecimal persons) {
            this.persons = persons;
            return this;
        }

        /** Sets {@link StaffMember#workingTimeShare()}. */
        public Builder workingTimeShare(BigDecimal workingTimeShare) {
            this.workingTimeShare = workingTimeShare;
            return this;
        }

        /** Sets {@link StaffMember#monthsWorked()}. */
        public Builder monthsWorked(BigDecimal monthsWorked) {
            this.monthsWorked = monthsWorked;
            return this;
        }

        /** Sets {@link StaffMember#leaveMonths()}. */
        public Builder leaveMonths(BigDecimal leaveMonths) {
            this.leaveMonths = leaveMonths;
            return this;
        }

        /** The record of the components set. */
        public StaffMember build() {
            return new StaffMember(role, persons, workingTimeShare, monthsWorked, leaveMonths);
        }
    }
}
