package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.fundingrules.model.AidInstrument;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.AidTransfer;
import org.fundingrules.model.CentralRegister;
import org.fundingrules.model.DifficultyFacts;
import org.fundingrules.model.InnovationCost;
import org.fundingrules.model.LiabilityForm;
import org.fundingrules.model.StateAidBasis;
import org.fundingrules.trace.Message;

/**
 * The facts of the State-aid family (rules/state_aid): the inputs the case gives (a call's State-aid basis, the aid
 * history and fiscal profile of each enterprise) and what the de minimis rules derive (the check each award needs,
 * control between undertakings, the single undertaking, the window, each earlier aid counted or left out).
 */
public final class StateAidFacts {
    private StateAidFacts() {
    }

    /**
     * A call's State-aid basis (input).
     *
     * @param callId the open call
     * @param applies whether the State-aid rules apply to its support
     * @param basis why they apply or not
     * @param grantingMemberState the Member State whose ceiling the support counts against, or null
     * @param instrument de minimis or GBER Article 28
     * @param excludesUndertakingsInDifficulty whether the call excludes undertakings in difficulty from de minimis
     *     support (decision Q19)
     * @param schemeRegulation the source id of the de minimis regulation the call's scheme is based on, or null
     */
    public record StateAidCall(String callId, boolean applies, StateAidBasis basis, String grantingMemberState,
                               AidInstrument instrument, boolean excludesUndertakingsInDifficulty,
                               String schemeRegulation) {
        /** Whether the support is granted as de minimis aid. */
        public boolean deMinimis() {
            return instrument == AidInstrument.DE_MINIMIS;
        }

        /** Whether the support is granted under GBER Article 28. */
        public boolean gberArt28() {
            return instrument == AidInstrument.GBER_ART_28;
        }

        /** JSON path of the call's stateAid object. */
        public String path() {
            return Paths.item("openCalls", callId) + ".stateAid";
        }
    }

    /**
     * How the granting body of a call monitored the de minimis ceiling before granting (input,
     * {@code openCalls[].stateAid.monitoring}; decision SA-8). Inserted only when the case states it; the rules report
     * the monitoring duty undetermined for a de minimis call without it.
     *
     * @param callId the call
     * @param centralRegister the central register checked before granting, or {@code NONE}
     * @param registerCoversThreeYears whether that register covered the three (fiscal) years before the grant
     * @param declarationsObtained whether the undertakings were informed in writing and declared their other de minimis
     *     aid before the grant
     */
    public record DeMinimisMonitoringFact(String callId, CentralRegister centralRegister,
                                          boolean registerCoversThreeYears, boolean declarationsObtained) {
        /** Whether a central register (national or Union) was checked. */
        public boolean registerChecked() {
            return centralRegister != CentralRegister.NONE;
        }

        /** JSON path of the call's monitoring object. */
        public String path() {
            return Paths.item("openCalls", callId) + ".stateAid.monitoring";
        }
    }

    /**
     * The route the law asks of the granting body to monitor the de minimis ceiling for one award, on its grant date
     * (derived; decision SA-8): from the date a central register is required (parameter
     * {@code state_aid.de_minimis.central_register}) the aid is checked against a central register, with declarations
     * of earlier aid while the register does not cover three years; before it, declarations, unless a central register
     * already covers three years.
     *
     * @param awardId the award
     * @param callId the call it is granted under
     * @param grantDate the grant date
     * @param registerRequired whether a central register is required on the grant date
     */
    public record MonitoringDuty(String awardId, String callId, LocalDate grantDate, boolean registerRequired) {
    }

    /**
     * One earlier aid of an enterprise's aid history (input), its gross amount in EUR.
     *
     * @param id id of the aid, unique in the case
     * @param enterpriseId the enterprise that received it
     * @param grantor who granted it, or null
     * @param memberState the Member State that granted it
     * @param regime the legal basis it was granted under
     * @param grantDate the date it was granted
     * @param grossEur gross amount or gross grant equivalent in EUR, exact
     * @param renounced whether it was renounced
     * @param awardId for an award of this case under a State-aid call: the award; null for the aid history
     * @param gberArticle for GBER aid: the article it was granted under, or null
     * @param costCategory for aid under GBER Article 28: the eligible costs it paid for, or null
     * @param transfer how it came from another undertaking (merger, acquisition, split), or null
     */
    public record AidFact(String id, String enterpriseId, String grantor, String memberState, AidRegime regime,
                          LocalDate grantDate, BigDecimal grossEur, boolean renounced, String awardId,
                          String gberArticle, InnovationCost costCategory, AidTransfer transfer,
                          org.fundingrules.model.AidForm form) {
        /**
         * An aid in another form than a grant or an interest rate subsidy: its gross amount is the gross grant
         * equivalent the case gives (decision SA-9).
         */
        public boolean notAGrant() {
            return form != null && form != org.fundingrules.model.AidForm.GRANT
                    && form != org.fundingrules.model.AidForm.INTEREST_RATE_SUBSIDY;
        }

        /**
         * The amount that counts for the enterprise: the gross amount, or for a split the share allocated to it
         * (Art. 3(9)), to the cent.
         */
        public BigDecimal countedEur() {
            return shareOf(grossEur);
        }

        /** A split's share (Art. 3(9)) of an amount of this aid, to the cent; the whole amount otherwise. */
        public BigDecimal shareOf(BigDecimal eur) {
            if (transfer == null || transfer.sharePercent() == null) {
                return eur;
            }
            return eur.multiply(transfer.sharePercent()).divide(BigDecimal.valueOf(100), 2,
                    java.math.RoundingMode.HALF_UP);
        }

        /** Aid for innovation advisory and support services under GBER Art. 28 (counts for the Art. 28(4) cap). */
        public boolean gberAdvisory() {
            return regime == AidRegime.GBER && costCategory == InnovationCost.ADVISORY_AND_SUPPORT_SERVICES
                    && gberArticle != null && gberArticle.startsWith("28");
        }

        /**
         * Why it counts, as a message: who granted it, when, to whom, and how a transferred aid came here (a split
         * counts its share of the gross grant equivalent {@code gge}).
         */
        public Message countedReason(BigDecimal gge) {
            if (transfer == null) {
                return Message.of("state_aid.aid.counted", memberState, grantDate, enterpriseId);
            }
            Message how = switch (transfer.kind()) {
                case MERGER -> Message.of("state_aid.aid.merger", transfer.from(),
                        enterpriseId, transfer.date());
                case ACQUISITION -> Message.of("state_aid.aid.acquisition", transfer.from(),
                        enterpriseId, transfer.date());
                case SPLIT -> Message.of("state_aid.aid.split", transfer.from(),
                        transfer.date(), transfer.sharePercent() == null ? "100"
                                : transfer.sharePercent().toPlainString(), enterpriseId);
            };
            return Message.of("state_aid.aid.counted_transferred", memberState, grantDate,
                    enterpriseId, how, Amounts.money(shareOf(gge), "EUR"), Amounts.money(gge, "EUR"));
        }

        /** JSON path of the aid: its entry in the aid history, or the award. */
        public String path() {
            return awardId != null ? Paths.item("awards", awardId)
                    : Paths.item("enterprises", enterpriseId) + ".aidHistory[?(@.id=='" + id + "')]";
        }

        /** Whether it counts against a de minimis ceiling (the general one; SGEI de minimis has its own). */
        public boolean deMinimis() {
            return regime == AidRegime.DE_MINIMIS;
        }
    }

    /**
     * The fiscal profile of an enterprise for de minimis (input).
     *
     * @param enterpriseId the enterprise
     * @param fiscalYearEnd last day of its fiscal year (31 December when the case gives none)
     * @param fiscalYearGiven whether the case gives the fiscal year end
     * @param roadFreightForHire whether it performs road freight transport for hire or reward, or null if not stated
     * @param outstandingRecoveryOrder whether it is subject to an outstanding recovery order (Deggendorf), or null if
     *     not declared
     */
    public record AidProfile(String enterpriseId, MonthDay fiscalYearEnd, boolean fiscalYearGiven,
                             Boolean roadFreightForHire, Boolean outstandingRecoveryOrder) {
        /** JSON path of the enterprise's outstanding recovery order flag. */
        public String recoveryOrderPath() {
            return Paths.item("enterprises", enterpriseId) + ".outstandingRecoveryOrder";
        }

        /** Whether it is stated to perform road freight transport for hire or reward. */
        public boolean roadFreight() {
            return Boolean.TRUE.equals(roadFreightForHire);
        }
    }

    /**
     * The facts of the undertaking-in-difficulty test of an enterprise that are not figures of its accounts (input).
     *
     * @param enterpriseId the enterprise
     * @param established its date of establishment, or null
     * @param facts the declared facts, or null when none are given
     */
    public record DifficultyProfile(String enterpriseId, LocalDate established, DifficultyFacts facts) {
        /** JSON path of a field of the enterprise's difficulty object. */
        public String path(String field) {
            return Paths.item("enterprises", enterpriseId) + ".difficulty." + field;
        }

        /** JSON path of the enterprise's date of establishment. */
        public String establishedPath() {
            return Paths.item("enterprises", enterpriseId) + ".established";
        }

        /** The liability form, or null. */
        public LiabilityForm liability() {
            return facts == null ? null : facts.liability();
        }

        /** Collective insolvency proceedings or their criteria, or null. */
        public Boolean insolvency() {
            return facts == null ? null : facts.collectiveInsolvency();
        }

        /** Rescue aid not reimbursed, or null. */
        public Boolean rescue() {
            return facts == null ? null : facts.rescueAidOutstanding();
        }

        /** Still under a restructuring plan, or null. */
        public Boolean restructuring() {
            return facts == null ? null : facts.underRestructuringPlan();
        }
    }

    /**
     * The undertaking-in-difficulty test one award needs: under GBER Article 28 by law (Art. 1(4)), under a de minimis
     * call when the call makes it a condition (decision Q19).
     *
     * @param awardId the award
     * @param enterpriseId the recipient's enterprise entry
     * @param grantDate the grant date (the award date): the test is as of that date
     * @param why why the test applies, in words
     */
    public record DifficultyCheck(String awardId, String enterpriseId, LocalDate grantDate,
                                  Message why) {
    }

    /**
     * A GBER Article 28 check one award needs: the call grants its support under Art. 28.
     *
     * @param awardId the award (the new aid)
     * @param enterpriseId the recipient's enterprise entry
     * @param grantDate the award date
     * @param memberState the granting Member State, or null
     * @param costCategory the eligible costs the award pays for, or null when not given
     * @param eligibleCostsEur the eligible costs in EUR, or null when not given
     * @param aidEur the gross amount of the new aid, EUR
     */
    public record GberCheck(String awardId, String enterpriseId, LocalDate grantDate, String memberState,
                            InnovationCost costCategory, BigDecimal eligibleCostsEur, BigDecimal aidEur) {
    }

    /**
     * A de minimis check one award needs: the call's support is State aid and the recipient has enterprise data.
     *
     * @param awardId the award (the new aid)
     * @param enterpriseId the recipient's enterprise entry
     * @param grantDate the award date: the date the legal right is conferred (decision Q17)
     * @param memberState the granting Member State (decision Q15)
     * @param basis why the State-aid rules apply
     * @param newAidEur the gross amount of the new aid, EUR
     * @param schemeRegulation the source id of the de minimis regulation the call's scheme is based on, or null
     * @param schemePath the JSON path where the call states it
     */
    public record DeMinimisCheck(String awardId, String enterpriseId, LocalDate grantDate, String memberState,
                                 StateAidBasis basis, BigDecimal newAidEur, String schemeRegulation,
                                 String schemePath) {
    }

    /**
     * The de minimis regulation that governs an award: the one in force on its grant date, or, in the six months a
     * scheme remains covered after its regulation expires, the scheme's (decision SA-7).
     *
     * @param awardId the award
     * @param regulation the source id of the regulation ({@code reg_1407_2013} or {@code reg_2023_2831})
     */
    public record DeMinimisRegime(String awardId, String regulation) {
    }

    /**
     * The single undertaking (de minimis Art. 2(2)) of an award's recipient is needed on the grant date: for the de
     * minimis ceiling, and as the proxy for the GBER "undertaking" (decision Q20).
     *
     * @param awardId the award
     * @param asOf the grant date
     * @param rootId the recipient's enterprise
     */
    public record UndertakingOf(String awardId, LocalDate asOf, String rootId) {
    }

    /**
     * Control of one undertaking over another for the single undertaking (de minimis Art. 2(2)), on a date.
     *
     * @param asOf the date (a grant date)
     * @param controllerId the controlling undertaking
     * @param controlledId the controlled undertaking
     * @param test which of the four relations, in words
     * @param holdingId the holding that carries it
     */
    public record AidControl(LocalDate asOf, String controllerId, String controlledId, String test, String holdingId) {
    }

    /**
     * An enterprise that belongs to the single undertaking of a recipient on a date.
     *
     * @param asOf the date (a grant date)
     * @param rootId the recipient's enterprise
     * @param memberId the member
     * @param via the relation through which it joined, in words
     */
    public record UndertakingMember(LocalDate asOf, String rootId, String memberId, String via) {
    }

    /**
     * The period over which earlier aid is summed for one award.
     *
     * @param awardId the award
     * @param regulation the regulation whose window it is
     * @param from first day of the window
     * @param to last day of the window (the grant date)
     * @param how how the window was counted, in words
     */
    public record DeMinimisWindow(String awardId, String regulation, LocalDate from, LocalDate to, String how) {
        /** Whether the date falls in the window, both ends included. */
        public boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    /**
     * One earlier aid judged for one award: counted against the ceiling, or left out with the reason.
     *
     * @param awardId the award
     * @param aidId the earlier aid
     * @param counted whether it counts
     * @param reason why it counts or why it is left out
     * @param eur the amount it counts for (its gross grant equivalent, or a split's share of it), zero when left out
     * @param gge its gross grant equivalent when counted, or null
     */
    public record AidClassified(String awardId, String aidId, boolean counted,
                                Message reason, BigDecimal eur, GgeFacts.AidGge gge) {
        /** An aid left out, for the reason given. */
        public static AidClassified leftOut(String awardId, String aidId, Message reason) {
            return new AidClassified(awardId, aidId, false, reason, BigDecimal.ZERO.setScale(2), null);
        }

        /** An aid counted at its gross grant equivalent (a split's share of it). */
        public static AidClassified counted(String awardId, AidFact aid, GgeFacts.AidGge gge) {
            return new AidClassified(awardId, aid.id(), true, gge.reason(aid.countedReason(gge.eur())),
                    aid.shareOf(gge.eur()), gge);
        }

        /**
         * Counted aids as a remedy names them, the most recent first (the first to renounce):
         * {@code id (EUR x, date, enterprise)}, joined by commas.
         */
        public static String mostRecentFirst(java.util.Collection<?> classified, java.util.Collection<?> aids) {
            java.util.Map<String, AidFact> byId = new java.util.HashMap<>();
            for (Object o : aids) {
                byId.put(((AidFact) o).id(), (AidFact) o);
            }
            return classified.stream().map(o -> (AidClassified) o).filter(AidClassified::counted)
                    .sorted(java.util.Comparator.comparing((AidClassified c) -> byId.get(c.aidId()).grantDate())
                            .reversed().thenComparing(AidClassified::aidId))
                    .map(c -> {
                        AidFact a = byId.get(c.aidId());
                        return a.id() + " (" + Amounts.money(c.eur(), "EUR") + ", " + a.grantDate() + ", "
                                + a.enterpriseId() + ")";
                    })
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * The de minimis ceiling that applies to an award's check (Art. 3(2) of either regulation): the general one, or
     * the road freight one of Reg. 1407/2013 when an enterprise of the single undertaking performs road freight
     * transport for hire or reward.
     *
     * @param awardId the award
     * @param ceiling the dated parameter, as of the grant date
     * @param why which ceiling and why, in words
     */
    public record CeilingApplied(String awardId, Parameter ceiling, String why) {
    }

    /**
     * Earlier de minimis aid counted for an award's check, the new aid and their sum (Art. 3(2)).
     *
     * @param awardId the award
     * @param earlier the earlier aid counted, EUR
     * @param newAid the new aid, EUR
     * @param total earlier + new, EUR
     */
    public record DeMinimisTotal(String awardId, BigDecimal earlier, BigDecimal newAid, BigDecimal total) {
    }

    /**
     * What the ceiling leaves for the new aid: ceiling - earlier aid counted, never below zero (Zennaro, C-608/19:
     * the new aid may be reduced to it).
     *
     * @param awardId the award
     * @param amount the headroom, EUR
     */
    public record Headroom(String awardId, BigDecimal amount) {
    }

    /**
     * The sum of earlier and new aid goes over the ceiling (Art. 3(7): none of the new aid qualifies).
     *
     * @param awardId the award
     * @param by total - ceiling, EUR
     */
    public record CeilingExceeded(String awardId, BigDecimal by) {
    }

    /**
     * Whether, and how, renouncing earlier aid would let the new aid qualify (Zennaro, C-608/19; decision Q18).
     *
     * @param awardId the award
     * @param remedy the remedy, or why it is not open
     */
    public record RenounceRemedy(String awardId, Message remedy) {
    }

    /**
     * An earlier aid judged for the de minimis check of an award (Art. 3(2)): an aid of the single undertaking, or of
     * an enterprise holding or held by one of its members (the latter only to say why it is left out).
     *
     * @param awardId the award whose check it is
     * @param aidId the earlier aid
     * @param inUndertaking whether its recipient belongs to the single undertaking on the grant date
     */
    public record AidConsidered(String awardId, String aidId, boolean inUndertaking) {
    }

    /**
     * One condition of Art. 3(2) that an earlier aid fails, so that it is left out of the sum for an award's check.
     * Several may hold; the reason shown is the one of lowest {@code order} (the order of decision Q18: the new aid
     * itself, another undertaking, not de minimis, another Member State, renounced, granted after, before the
     * window).
     *
     * @param awardId the award whose check it is
     * @param aidId the earlier aid
     * @param order the place of the condition in that order
     * @param reason why it is left out
     */
    public record AidLeftOut(String awardId, String aidId, int order, Message reason) {
    }

    /**
     * The recovery-order flags of the enterprises of a single undertaking (sorted by id): the enterprises whose flag
     * says an order is outstanding, the paths of the flags not given, and every flag as read. Gathers; the rules decide.
     */
    public record RecoveryOrders(List<String> members, List<String> outstanding, List<String> notDeclared,
                                 List<Judge.Read> reads) {
        /** From the {@link AidProfile}s of the enterprises of a single undertaking. */
        public static RecoveryOrders of(java.util.Collection<?> profiles) {
            List<String> members = new java.util.ArrayList<>();
            List<String> outstanding = new java.util.ArrayList<>();
            List<String> notDeclared = new java.util.ArrayList<>();
            List<Judge.Read> reads = new java.util.ArrayList<>();
            profiles.stream().map(o -> (AidProfile) o).sorted(java.util.Comparator.comparing(AidProfile::enterpriseId))
                    .forEach(p -> {
                        members.add(p.enterpriseId());
                        reads.add(new Judge.Read(p.recoveryOrderPath(), p.outstandingRecoveryOrder()));
                        if (Boolean.TRUE.equals(p.outstandingRecoveryOrder())) {
                            outstanding.add(p.enterpriseId());
                        } else if (p.outstandingRecoveryOrder() == null) {
                            notDeclared.add(p.recoveryOrderPath());
                        }
                    });
            return new RecoveryOrders(List.copyOf(members), List.copyOf(outstanding), List.copyOf(notDeclared),
                    List.copyOf(reads));
        }
    }
}
