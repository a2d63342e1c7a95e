package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * One period of a reporting plan: the supported SMEs report their innovation indicators for the period by its due
 * date. The periods of one plan do not overlap.
 *
 * @param id identifier within the plan
 * @param start the first day of the period
 * @param end the last day of the period
 * @param due the last day on which the report of the period is on time
 */
public record ReportingPeriod(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @NotNull LocalDate due) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .start(start)
                .end(end)
                .due(due);
    }

    /** Builds {@link ReportingPeriod} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private LocalDate start;
        private LocalDate end;
        private LocalDate due;

        private Builder() {
        }

        /** Sets {@link ReportingPeriod#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link ReportingPeriod#start()}. */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /** Sets {@link ReportingPeriod#end()}. */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /** Sets {@link ReportingPeriod#due()}. */
        public Builder due(LocalDate due) {
            this.due = due;
            return this;
        }

        /** The record of the components set. */
        public ReportingPeriod build() {
            return new ReportingPeriod(id, start, end, due);
        }
    }
}
