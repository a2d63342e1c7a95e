package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One holder's right to appoint or remove members of an enterprise's governing body, as the case gives it (decision
 * SME-10).
 *
 * @param enterpriseId the enterprise whose body it is
 * @param holderId who appoints
 * @param seats how many members it appoints
 * @param bodySeats how many members the body has
 * @param structure the ownership structure the fact belongs to; null when unknown
 */
public record AppointmentFact(String enterpriseId, String holderId, int seats, int bodySeats, String structure) {
    /** The share of the body's members, in percent (exact to 34 digits; arithmetic only). */
    public BigDecimal percent() {
        return percentOf(BigDecimal.valueOf(seats), bodySeats);
    }

    /** Seats as a percentage of a body of {@code bodySeats} members (arithmetic only). */
    public static BigDecimal percentOf(BigDecimal seats, int bodySeats) {
        return seats.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(bodySeats), MathContext.DECIMAL128);
    }

    /** The path of the governing body in the case file. */
    public String path() {
        return Paths.item("enterprises", enterpriseId) + ".governingBody";
    }
}
