package org.fundingrules.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the awards of one group of undertakings into the library's case files: one case per award, holding the
 * earlier aid of every undertaking of the group. No Spark here, so it is tested on its own and used by the job and by
 * the check against the library's {@code batch} command alike.
 *
 * <p>A register award is not a cascade-funding award, but the case file has the shape of one. Each case therefore
 * wraps the award in a nominal action with one open call: the granting body is the call's only beneficiary, the call
 * grants de minimis aid under the award's legal basis and was monitored through the register itself (a national
 * central register covering three years, Reg. 1407/2013 Art. 6(2); Reg. 2023/2831 Art. 6). The criteria of the
 * wrapper (Annex K, the action) say nothing about the register; {@link RegisterRow} reads the State-aid criteria only.
 */
public final class RegisterCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Award> GRANT_ORDER =
            Comparator.comparing(Award::grantDate).thenComparing(Award::id);

    private RegisterCases() {
    }

    /** One row of the register's award table. */
    public record Award(String id, String undertakingId, String memberState, String grantingBody, String legalBasis,
                        String instrument, LocalDate grantDate, BigDecimal amount, String currency, String purpose)
            implements Serializable {
    }

    /** One row of the register's control-link table: who holds what share of whom, and since when. */
    public record Link(String holderId, String heldId, BigDecimal votingShare, BigDecimal capitalShare,
                       LocalDate since, LocalDate until) implements Serializable {
    }

    /** An award with its case file as JSON text. */
    public record RegisterCase(Award award, String json) {
    }

    /**
     * The cases of one group: one per award, in grant order (date, then award id), each with the earlier aid of every
     * undertaking of the group and the group's links.
     *
     * <p>Earlier aid is every award of the group granted before this one in that order (on an earlier date, or on
     * the same date with a smaller id), from 1 January three years before the grant year on: both de minimis windows
     * (the current and two previous fiscal years, Reg. 1407/2013 Art. 3(2); three years back from the grant date,
     * Reg. 2023/2831 Art. 3(2)) begin on or after that day, so older aid can never count; the rules leave out what
     * falls before the window that applies. Which undertakings form the single undertaking on the grant date, and
     * which Member State's aid counts, the rules decide from the links and the aid itself.
     */
    public static List<RegisterCase> cases(List<Award> groupAwards, List<Link> groupLinks) {
        List<Award> awards = new ArrayList<>(groupAwards);
        awards.sort(GRANT_ORDER);
        List<Link> links = new ArrayList<>(groupLinks);
        links.sort(Comparator.comparing(Link::holderId).thenComparing(Link::heldId)
                .thenComparing(Link::since, Comparator.nullsFirst(Comparator.naturalOrder())));
        TreeSet<String> members = new TreeSet<>();
        for (Link l : links) {
            members.add(l.holderId());
            members.add(l.heldId());
        }
        awards.forEach(a -> members.add(a.undertakingId()));

        List<RegisterCase> out = new ArrayList<>(awards.size());
        for (int i = 0; i < awards.size(); i++) {
            Award a = awards.get(i);
            LocalDate from = LocalDate.of(a.grantDate().getYear() - 3, 1, 1);
            Map<String, List<Award>> earlier = new TreeMap<>();
            for (int j = 0; j < i; j++) {
                Award e = awards.get(j);
                if (!e.grantDate().isBefore(from)) {
                    earlier.computeIfAbsent(e.undertakingId(), k -> new ArrayList<>()).add(e);
                }
            }
            out.add(new RegisterCase(a, json(a, members, earlier, links)));
        }
        return out;
    }

    private static String json(Award a, TreeSet<String> members, Map<String, List<Award>> earlier, List<Link> links) {
        ObjectNode c = JSON.createObjectNode();
        c.put("referenceDate", a.grantDate().toString());
        c.put("notes", "Register award " + a.id() + " of undertaking " + a.undertakingId()
                + ", wrapped as a one-award call of a nominal action (examples/spark-register): only its State-aid"
                + " criteria speak to the register.");
        ObjectNode action = c.putObject("action");
        action.put("id", "register");
        action.put("programme", "H2020");
        action.put("topic", "INNOSUP-01-2018-2020");
        action.put("startDate", a.grantDate().toString());
        action.put("durationMonths", 1);
        money(action.putObject("totalCost"), a.amount(), a.currency());
        action.putObject("fstp").put("topicProvidesFstp", true).put("topicReference", "nominal (register award)");

        c.putArray("beneficiaries").addObject()
                .put("id", "granting-body").put("name", a.grantingBody()).put("country", a.memberState());

        ObjectNode call = c.putArray("openCalls").addObject();
        call.put("id", "scheme");
        call.put("title", a.legalBasis());
        call.putArray("beneficiaryIds").add("granting-body");
        call.put("form", "GRANT");
        ObjectNode aid = call.putObject("stateAid");
        aid.put("applies", true);
        aid.put("basis", "NATIONAL_CO_FUNDING");
        aid.put("grantingMemberState", a.memberState());
        aid.put("instrument", "DE_MINIMIS");
        aid.put("schemeRegulation", a.legalBasis());
        aid.putObject("monitoring")
                .put("centralRegister", "NATIONAL").put("registerCoversThreeYears", true)
                .put("declarationsObtained", false);

        c.putArray("thirdParties").addObject()
                .put("id", "tp-" + a.undertakingId()).put("name", a.undertakingId())
                .put("country", a.memberState()).put("enterpriseId", a.undertakingId());

        ObjectNode award = c.putArray("awards").addObject();
        award.put("id", a.id());
        award.put("callId", "scheme");
        award.put("thirdPartyId", "tp-" + a.undertakingId());
        money(award.putObject("amount"), a.amount(), a.currency());
        award.put("date", a.grantDate().toString());
        award.putObject("purpose").put("exportRelated", "EXPORT".equals(a.purpose()));

        ArrayNode enterprises = c.putArray("enterprises");
        for (String m : members) {
            ObjectNode e = enterprises.addObject();
            e.put("id", m).put("name", m).put("kind", "ENTERPRISE");
            ArrayNode history = e.putArray("aidHistory");
            for (Award h : earlier.getOrDefault(m, List.of())) {
                ObjectNode g = history.addObject();
                g.put("id", h.id());
                g.put("grantor", h.grantingBody());
                g.put("memberState", h.memberState());
                g.put("regime", "DE_MINIMIS");
                g.put("form", h.instrument());
                g.put("grantDate", h.grantDate().toString());
                money(g.putObject("grossAmount"), h.amount(), h.currency());
            }
        }
        ArrayNode holdings = c.putArray("holdings");
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            ObjectNode h = holdings.addObject();
            h.put("id", "h" + (i + 1));
            h.put("holderId", l.holderId());
            h.put("heldId", l.heldId());
            h.put("capitalShare", l.capitalShare());
            h.put("votingShare", l.votingShare());
            if (l.since() != null) {
                h.put("since", l.since().toString());
            }
            if (l.until() != null) {
                h.put("until", l.until().toString());
            }
        }
        return c.toString();
    }

    private static void money(ObjectNode node, BigDecimal amount, String currency) {
        node.put("amount", amount.toPlainString()).put("currency", currency);
    }
}
