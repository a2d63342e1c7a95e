package org.fundingrules.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fundingrules.trace.Criterion.Comparison;
import org.junit.jupiter.api.Test;

class HeadroomTest {

    @Test
    void aMaximumLeavesTheLimitMinusTheValue() {
        assertThat(Headroom.of(new Comparison("EUR 64 500.00", "<=", "EUR 60 000.00", false)))
                .contains(new Headroom(new BigDecimal("-4500.00"), "EUR"));
        assertThat(Headroom.of(new Comparison("14 AWU", "<", "250 AWU", true)))
                .contains(new Headroom(new BigDecimal("236"), "AWU"));
    }

    @Test
    void aMinimumLeavesTheValueMinusTheLimitAndRemarksAreIgnored() {
        assertThat(Headroom.of(new Comparison("EUR 1 717 000.00 (75.7388 %)", ">=", "EUR 1 700 250.0000", true)))
                .contains(new Headroom(new BigDecimal("16750.0000"), "EUR"));
        assertThat(Headroom.of(new Comparison("EUR -1 000.50", ">", "EUR 0.00", false)).orElseThrow().amount())
                .isEqualByComparingTo("-1000.50");
    }

    @Test
    void noHeadroomWithoutAnOrderingOfOneUnit() {
        assertThat(Headroom.of(null)).isEmpty();
        assertThat(Headroom.of(new Comparison("IT", "in", "EU Member States", true))).isEmpty();
        assertThat(Headroom.of(new Comparison("EUR 1.00", "==", "EUR 1.00", true))).isEmpty();
        assertThat(Headroom.of(new Comparison("EUR 1.00", "<=", "CHF 2.00", true))).isEmpty();
        assertThat(Headroom.of(new Comparison("14 AWU", "<", "25 %", true))).isEmpty();
        assertThat(Headroom.of(new Comparison("EUR 1 00.00", "<=", "EUR 2.00", true))).isEmpty();
    }

    @Test
    void writtenPlainWithItsUnit() {
        assertThat(new Headroom(new BigDecimal("16750.0000"), "EUR")).hasToString("16750.0000 EUR");
    }
}
