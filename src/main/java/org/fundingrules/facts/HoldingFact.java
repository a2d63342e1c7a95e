package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.model.ControlRight;

/**
 * One holder's stake in another enterprise, percentages as exact decimals (0 to 100).
 *
 * @param id id in the case file
 * @param holderId the holder
 * @param heldId the enterprise held
 * @param capital share of the capital, percent
 * @param votes share of the voting rights, percent
 * @param rights control rights beyond votes
 * @param investmentEur for a business angel: amount invested, in EUR, or null
 * @param since first day, or null
 * @param until last day, or null
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 * @param cycle when the holding lies on a cycle of holdings (its holder and the enterprise it holds reach each other
 *     through holdings of any date): the smallest id of that strongly connected component ({@link Reachability#cycles});
 *     otherwise null
 */
public record HoldingFact(String id, String holderId, String heldId, BigDecimal capital, BigDecimal votes,
                          List<ControlRight> rights, BigDecimal investmentEur, LocalDate since, LocalDate until,
                          String structure, String cycle) {
    /** A holding whose structure is unknown (it meets only facts whose structure is unknown too). */
    public HoldingFact(String id, String holderId, String heldId, BigDecimal capital, BigDecimal votes,
                       List<ControlRight> rights, BigDecimal investmentEur, LocalDate since, LocalDate until) {
        this(id, holderId, heldId, capital, votes, rights, investmentEur, since, until, null, null);
    }

    public HoldingFact {
        rights = List.copyOf(rights);
    }

    /** The greater of the capital and voting shares (Annex Art. 6(2)). */
    public BigDecimal share() {
        return capital.max(votes);
    }

    /** Whether the holding exists on the date. */
    public boolean inForceOn(LocalDate date) {
        return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    /** Whether the holder has the control right. */
    public boolean has(ControlRight right) {
        return rights.contains(right);
    }

    /** JSON path of the holding. */
    public String path() {
        return Paths.item("holdings", id);
    }
}
