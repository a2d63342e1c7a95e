package org.fundingrules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.model.AccountsBasis;
import org.junit.jupiter.api.Test;

class AccountsFactTest {

    private static AccountsFact endingOn(LocalDate end) {
        return new AccountsFact("e", end, AccountsBasis.APPROVED, BigDecimal.ONE, List.of(), BigDecimal.ONE,
                BigDecimal.ONE, false, List.of(), null, null, null, null, null, null, null);
    }

    @Test
    void aPeriodEndsInTheYearToADateFromTheDayAfterTheSameDayAYearBeforeToTheDateItself() {
        LocalDate end = LocalDate.of(2022, 12, 31);
        assertThat(endingOn(end).endsInTheYearTo(end)).isTrue();
        assertThat(endingOn(LocalDate.of(2022, 1, 1)).endsInTheYearTo(end)).isTrue();
        assertThat(endingOn(LocalDate.of(2021, 12, 31)).endsInTheYearTo(end)).isFalse();
        assertThat(endingOn(LocalDate.of(2023, 1, 1)).endsInTheYearTo(end)).isFalse();
    }

    @Test
    void theEarliestAndLatestDatesRepresentableDoNotOverflow() {
        // found by the hostile campaign: a period ending on the earliest day crashed the rule that matches periods
        assertThat(endingOn(LocalDate.MIN).endsInTheYearTo(LocalDate.MIN)).isTrue();
        assertThat(endingOn(LocalDate.MIN).endsInTheYearTo(LocalDate.MIN.plusDays(3))).isTrue();
        assertThat(endingOn(LocalDate.MAX).endsInTheYearTo(LocalDate.MAX)).isTrue();
        assertThat(endingOn(LocalDate.MIN).endsInTheYearTo(LocalDate.MAX)).isFalse();
    }
}
