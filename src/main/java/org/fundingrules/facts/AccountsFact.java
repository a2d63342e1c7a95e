package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.model.AccountsBasis;
import org.fundingrules.model.StaffMember;

/**
 * One accounting period of one enterprise, money converted to EUR.
 *
 * @param enterpriseId whose accounts
 * @param periodEnd last day of the period
 * @param basis approved or estimate
 * @param staffAwu headcount in annual work units as given, or null
 * @param staff the inputs to compute the headcount, possibly empty
 * @param turnoverEur turnover excluding VAT in EUR, or null
 * @param balanceEur balance-sheet total in EUR, or null
 * @param consolidated whether these are consolidated accounts
 * @param consolidates the enterprises these consolidated accounts include
 * @param shareCapitalEur subscribed share capital in EUR, or null (undertaking in difficulty)
 * @param sharePremiumEur share premium in EUR, or null
 * @param reservesEur reserves and other own-funds elements in EUR, or null
 * @param lossesEur accumulated losses in EUR (positive), or null
 * @param debtToEquity book debt-to-equity ratio, or null
 * @param interestCoverage EBITDA interest coverage ratio, or null
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 */
public record AccountsFact(String enterpriseId, LocalDate periodEnd, AccountsBasis basis, BigDecimal staffAwu,
                           List<StaffMember> staff, BigDecimal turnoverEur, BigDecimal balanceEur,
                           boolean consolidated, List<String> consolidates, BigDecimal shareCapitalEur,
                           BigDecimal sharePremiumEur, BigDecimal reservesEur, BigDecimal lossesEur,
                           BigDecimal debtToEquity, BigDecimal interestCoverage, String structure) {
    /** Accounts whose structure is unknown (they meet only facts whose structure is unknown too). */
    public AccountsFact(String enterpriseId, LocalDate periodEnd, AccountsBasis basis, BigDecimal staffAwu,
                        List<StaffMember> staff, BigDecimal turnoverEur, BigDecimal balanceEur,
                        boolean consolidated, List<String> consolidates, BigDecimal shareCapitalEur,
                        BigDecimal sharePremiumEur, BigDecimal reservesEur, BigDecimal lossesEur,
                        BigDecimal debtToEquity, BigDecimal interestCoverage) {
        this(enterpriseId, periodEnd, basis, staffAwu, staff, turnoverEur, balanceEur, consolidated, consolidates,
                shareCapitalEur, sharePremiumEur, reservesEur, lossesEur, debtToEquity, interestCoverage, null);
    }

    public AccountsFact {
        staff = List.copyOf(staff);
        consolidates = List.copyOf(consolidates);
    }

    /** Approved accounts of a closed period. */
    public boolean approved() {
        return basis == AccountsBasis.APPROVED;
    }

    /** JSON path of the period: by its end date, which is unique per enterprise. */
    public String path() {
        return Paths.item("enterprises", enterpriseId) + ".accounts[?(@.periodEnd=='" + periodEnd + "')]";
    }

    /** Whether these consolidated accounts include the enterprise. */
    public boolean includes(String id) {
        return consolidated && consolidates.contains(id);
    }

    /**
     * Whether these accounts end within the twelve months up to {@code end}: not after it, and after the same day a
     * year before (date arithmetic only; the earliest year representable has no year before it).
     */
    public boolean endsInTheYearTo(LocalDate end) {
        if (periodEnd.isAfter(end)) {
            return false;
        }
        return end.getYear() == java.time.Year.MIN_VALUE || periodEnd.isAfter(end.minusYears(1));
    }
}
