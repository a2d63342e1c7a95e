package org.fundingrules.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Case files of one shape and a chosen size, written from scratch as JSON text: the inputs of the resource-bound
 * tests and of {@link ShapeCost}, which measures the cost curves in docs/PERFORMANCE.md. Every enterprise has two
 * approved accounting periods; every case has one SME-only open call (so each award date is an SME assessment).
 */
public final class Shapes {
    /** The shapes whose cost is bounded, each named as docs/PERFORMANCE.md names it. */
    public enum Shape {
        /** x0 holds 60 % of x1, which holds 60 % of x2, ...; the applicant is the last. */
        CHAIN(Shapes::chain),
        /** A parent holding 60 % of n-1 subsidiaries; the applicant is one of them. */
        STAR(Shapes::star),
        /** A parent holding 30 % of n-1 enterprises (partners); the applicant is one of them. */
        PARTNER_STAR(Shapes::partnerStar),
        /** Diamonds in a row: a top holds 60 % of two, which hold 30 % each of the next top; the applicant is the last. */
        DIAMOND(Shapes::diamond),
        /** Three natural persons acting jointly, each holding 20 % of n-3 enterprises in one market. */
        JOINT_GROUP(Shapes::jointGroup),
        /** n/5 natural persons acting jointly, together holding (almost) all of every other
         * enterprise of the structure, in equal shares. */
        DENSE_JOINT_GROUP(Shapes::denseJointGroup),
        /** The applicant of a 5-enterprise group with n awards on n distinct dates (n SME assessments). */
        DATES(Shapes::dates),
        /** n third parties, each with its own parent holding 60 %, each awarded once on its own date. */
        APPLICANTS(Shapes::applicants),
        /** n third parties, each its own enterprise without holdings, each awarded once on its own date. */
        LONERS(Shapes::loners),
        /** n enterprises without accounts, holdings or awards, none assessed: what the case names and no rule asks. */
        BYSTANDERS(Shapes::bystanders),
        /** A parent holding 60 % of n-1 subsidiaries, each a third party awarded once on its own date: a call's
         * applicants from one group, each assessed as of its award. */
        GROUP_APPLICANTS(Shapes::groupApplicants),
        /** The applicant of a 5-enterprise group under a de minimis call, with n earlier de minimis aids in its history. */
        AID_HISTORY(Shapes::aidHistory),
        /** n third parties without ownership data, five awards each (a whole call, only Annex K to judge). */
        AWARDS(Shapes::awards),
        /** n third parties funded once under a call with a plan of 10 periods, each reporting every period. */
        REPORTS(Shapes::reports),
        /** One third party funded under n calls, each with a plan of 100 periods, reporting every period. */
        REPORTER(Shapes::reporter);

        private final IntFunction<String> make;

        Shape(IntFunction<String> make) {
            this.make = make;
        }

        /** The case of size {@code n} as JSON text. */
        public String json(int n) {
            return make.apply(n);
        }
    }

    private static final LocalDate FIRST_AWARD = LocalDate.of(2024, 1, 2);

    private Shapes() {
    }

    static String chain(int n) {
        List<String> holdings = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            holdings.add(holding("h" + i, "x" + i, "x" + (i + 1), "60"));
        }
        return single(enterprises("x", n, "C22"), holdings, List.of(), "x" + (n - 1));
    }

    static String star(int n) {
        List<String> holdings = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            holdings.add(holding("h" + i, "x0", "x" + i, "60"));
        }
        return single(enterprises("x", n, "C22"), holdings, List.of(), "x" + Math.min(1, n - 1));
    }

    static String partnerStar(int n) {
        List<String> holdings = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            holdings.add(holding("h" + i, "x0", "x" + i, "30"));
        }
        return single(enterprises("x", n, "C22"), holdings, List.of(), "x" + Math.min(1, n - 1));
    }

    static String diamond(int n) {
        // x0 -> a1, b1 -> x1 -> a2, b2 -> x2 ...: 3 enterprises a diamond, plus the first top
        int diamonds = Math.max(0, (n - 1) / 3);
        List<String> ents = new ArrayList<>(enterprises("x", diamonds + 1, "C22"));
        List<String> holdings = new ArrayList<>();
        for (int k = 1; k <= diamonds; k++) {
            ents.add(enterprise("a" + k, "C22"));
            ents.add(enterprise("b" + k, "C22"));
            holdings.add(holding("ha" + k, "x" + (k - 1), "a" + k, "60"));
            holdings.add(holding("hb" + k, "x" + (k - 1), "b" + k, "60"));
            holdings.add(holding("hax" + k, "a" + k, "x" + k, "30"));
            holdings.add(holding("hbx" + k, "b" + k, "x" + k, "30"));
        }
        return single(ents, holdings, List.of(), "x" + diamonds);
    }

    static String jointGroup(int n) {
        int held = Math.max(1, n - 3);
        List<String> ents = new ArrayList<>(enterprises("x", held, "C22"));
        List<String> holdings = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            ents.add("{\"id\":\"p" + p + "\",\"name\":\"Person " + p + "\",\"kind\":\"NATURAL_PERSON\"}");
            for (int i = 0; i < held; i++) {
                holdings.add(holding("h" + p + "-" + i, "p" + p, "x" + i, "20"));
            }
        }
        String groups = "[{\"id\":\"g1\",\"memberIds\":[\"p0\",\"p1\",\"p2\"],\"basis\":\"family\"}]";
        return single(ents, holdings, List.of(), "x0").replace("\"jointGroups\":[]", "\"jointGroups\":" + groups);
    }

    static String denseJointGroup(int n) {
        int persons = Math.max(2, n / 5);
        int held = Math.max(1, n - persons);
        List<String> ents = new ArrayList<>(enterprises("x", held, "C22"));
        List<String> holdings = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            ents.add("{\"id\":\"p" + p + "\",\"name\":\"Person " + p + "\",\"kind\":\"NATURAL_PERSON\"}");
            members.add("\"p" + p + "\"");
            for (int i = 0; i < held; i++) {
                holdings.add(holding("h" + p + "-" + i, "p" + p, "x" + i, String.valueOf(100 / persons)));
            }
        }
        String groups = "[{\"id\":\"g1\",\"memberIds\":[" + String.join(",", members) + "],\"basis\":\"family\"}]";
        return single(ents, holdings, List.of(), "x0").replace("\"jointGroups\":[]", "\"jointGroups\":" + groups);
    }

    static String dates(int n) {
        List<String> ents = new ArrayList<>(enterprises("x", 5, "C22"));
        List<String> holdings = List.of(holding("h1", "x0", "x1", "60"), holding("h2", "x1", "x2", "30"),
                holding("h3", "x3", "x1", "20"), holding("h4", "x4", "x2", "25"));
        List<String> awards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            awards.add(award("w" + i, "tp1", "10.00", FIRST_AWARD.plusDays(i)));
        }
        return caseJson(ents, holdings, List.of(thirdParty("tp1", "x1")), awards);
    }

    static String applicants(int n) {
        List<String> ents = new ArrayList<>();
        List<String> holdings = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ents.add(enterprise("s" + i, "C22"));
            ents.add(enterprise("p" + i, "C22"));
            holdings.add(holding("h" + i, "p" + i, "s" + i, "60"));
            parties.add(thirdParty("tp" + i, "s" + i));
            awards.add(award("w" + i, "tp" + i, "10000.00", FIRST_AWARD.plusDays(i % 700)));
        }
        return caseJson(ents, holdings, parties, awards);
    }

    static String groupApplicants(int n) {
        List<String> holdings = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            holdings.add(holding("h" + i, "x0", "x" + i, "60"));
            parties.add(thirdParty("tp" + i, "x" + i));
            awards.add(award("w" + i, "tp" + i, "10000.00", FIRST_AWARD.plusDays(i % 700)));
        }
        return caseJson(enterprises("x", Math.max(1, n), "C22"), holdings, parties, awards);
    }

    static String bystanders(int n) {
        List<String> ents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ents.add("{\"id\":\"e" + i + "\",\"name\":\"E\",\"kind\":\"ENTERPRISE\"}");
        }
        return caseJson(ents, List.of(), List.of(), List.of());
    }

    static String loners(int n) {
        List<String> ents = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ents.add(enterprise("s" + i, "C22"));
            parties.add(thirdParty("tp" + i, "s" + i));
            awards.add(award("w" + i, "tp" + i, "10000.00", FIRST_AWARD.plusDays(i % 700)));
        }
        return caseJson(ents, List.of(), parties, awards);
    }

    static String aidHistory(int n) {
        List<String> ents = new ArrayList<>(enterprises("x", 5, "C22"));
        StringBuilder aids = new StringBuilder();
        for (int i = 0; i < n; i++) {
            aids.append(i == 0 ? "" : ",").append("{\"id\":\"aid").append(i).append("\",\"grantor\":\"Region\","
                    + "\"memberState\":\"IT\",\"regime\":\"DE_MINIMIS\",\"form\":\"GRANT\",\"grantDate\":\"")
                    .append(FIRST_AWARD.minusDays(1 + i % 1000)).append("\",\"grossAmount\":{\"amount\":\"10.00\","
                    + "\"currency\":\"EUR\"}}");
        }
        ents.set(1, ents.get(1).substring(0, ents.get(1).length() - 1) + ",\"aidHistory\":[" + aids + "]}");
        List<String> holdings = List.of(holding("h1", "x0", "x1", "60"), holding("h2", "x1", "x2", "30"),
                holding("h3", "x3", "x1", "20"), holding("h4", "x4", "x2", "25"));
        return caseJson(ents, holdings, List.of(thirdParty("tp1", "x1")),
                List.of(award("w1", "tp1", "50000.00", FIRST_AWARD)))
                .replace("\"smeOnly\":true,", "\"smeOnly\":true,\"opens\":\"2023-09-01\",\"closes\":\"2023-10-31\","
                        + "\"stateAid\":{\"applies\":true,\"basis\":\"NATIONAL_CO_FUNDING\",\"grantingMemberState\":\"IT\","
                        + "\"instrument\":\"DE_MINIMIS\",\"excludesUndertakingsInDifficulty\":true},");
    }

    static String awards(int n) {
        List<String> parties = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parties.add(thirdParty("tp" + i, null));
            for (int k = 0; k < 5; k++) {
                awards.add(award("w" + i + "-" + k, "tp" + i, "1000.00", FIRST_AWARD.plusDays((i + k) % 700)));
            }
        }
        return caseJson(List.of(), List.of(), parties, awards);
    }

    static String reports(int n) {
        List<String> parties = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parties.add(thirdParty("tp" + i, null));
            awards.add(award("w" + i, "tp" + i, "1000.00", FIRST_AWARD));
            for (int k = 0; k < 10; k++) {
                reports.add(report("r" + i + "-" + k, "tp" + i, "oc1", k));
            }
        }
        return withReports(caseJson(List.of(), List.of(), parties, awards), List.of(plan("oc1", 10)), reports);
    }

    static String reporter(int n) {
        List<String> awards = new ArrayList<>();
        List<Plan> calls = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String call = c == 0 ? "oc1" : "oc" + (c + 1);
            awards.add(award("w" + c, "tp1", "100.00", FIRST_AWARD).replace("\"oc1\"", "\"" + call + "\""));
            calls.add(plan(call, 100));
            for (int k = 0; k < 100; k++) {
                reports.add(report("r" + c + "-" + k, "tp1", call, k));
            }
        }
        return withReports(caseJson(List.of(), List.of(), List.of(thirdParty("tp1", null)), awards), calls, reports);
    }

    /** A call's reporting plan: the call's id and its periods as JSON. */
    private record Plan(String call, String periods) {
    }

    /** A call (the first is oc1 of every shape, with its plan added) with a plan of weekly periods from 2024-01-08. */
    private static Plan plan(String call, int periods) {
        List<String> ps = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            LocalDate start = FIRST_AWARD.plusDays(6 + 7L * k);
            ps.add("{\"id\":\"p" + k + "\",\"start\":\"" + start + "\",\"end\":\"" + start.plusDays(6)
                    + "\",\"due\":\"" + start.plusDays(36) + "\"}");
        }
        return new Plan(call, String.join(",", ps));
    }

    private static String report(String id, String thirdParty, String call, int period) {
        return "{\"id\":\"" + id + "\",\"thirdPartyId\":\"" + thirdParty + "\",\"callId\":\"" + call
                + "\",\"periodId\":\"p" + period + "\",\"reported\":\"" + FIRST_AWARD.plusDays(20 + 7L * period)
                + "\",\"source\":\"SELF_DECLARED\",\"products\":1,\"services\":0,\"processes\":1,"
                + "\"marketingMethods\":0,\"organisationalMethods\":0,"
                + "\"turnover\":{\"amount\":\"120000.00\",\"currency\":\"EUR\"},"
                + "\"turnoverBaseline\":{\"amount\":\"100000.00\",\"currency\":\"EUR\"}}";
    }

    /** The case with the plans (oc1's added to it, the others as copies of oc1) and the reports. */
    private static String withReports(String json, List<Plan> plans, List<String> reports) {
        int at = json.indexOf("\"maxCriteria\":\"EUR 60 000.\"}") + "\"maxCriteria\":\"EUR 60 000.\"".length();
        String call = json.substring(json.indexOf("{\"id\":\"oc1\""), at);
        StringBuilder calls = new StringBuilder();
        for (Plan p : plans) {
            calls.append(calls.length() == 0 ? "" : ",").append(call.replace("\"oc1\"", "\"" + p.call() + "\""))
                    .append(",\"reportingPlan\":[").append(p.periods()).append("]}");
        }
        String before = json.substring(0, json.indexOf("{\"id\":\"oc1\""));
        String after = json.substring(at + 1);
        return before + calls + after.replace("\"jointGroups\":[]}", "\"jointGroups\":[],\"innovationReports\":["
                + String.join(",", reports) + "]}");
    }

    private static String single(List<String> ents, List<String> holdings, List<String> extra, String applicant) {
        List<String> all = new ArrayList<>(ents);
        all.addAll(extra);
        return caseJson(all, holdings, List.of(thirdParty("tp1", applicant)),
                List.of(award("w1", "tp1", "50000.00", FIRST_AWARD)));
    }

    private static List<String> enterprises(String prefix, int n, String market) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(enterprise(prefix + i, market));
        }
        return out;
    }

    private static String enterprise(String id, String market) {
        return "{\"id\":\"" + id + "\",\"name\":\"Enterprise " + id + "\",\"country\":\"IT\",\"markets\":[\"" + market
                + "\"],\"kind\":\"ENTERPRISE\",\"accounts\":[" + accounts("2023-12-31", 12) + ","
                + accounts("2022-12-31", 11) + "]}";
    }

    private static String accounts(String end, int staff) {
        return "{\"periodEnd\":\"" + end + "\",\"basis\":\"APPROVED\",\"staffAwu\":" + staff
                + ",\"turnover\":{\"amount\":\"1500000\",\"currency\":\"EUR\"},"
                + "\"balanceSheetTotal\":{\"amount\":\"1000000\",\"currency\":\"EUR\"}}";
    }

    private static String holding(String id, String holder, String held, String share) {
        return String.format(Locale.ROOT, "{\"id\":\"%s\",\"holderId\":\"%s\",\"heldId\":\"%s\",\"capitalShare\":%s,"
                + "\"votingShare\":%s}", id, holder, held, share, share);
    }

    private static String thirdParty(String id, String enterpriseId) {
        return "{\"id\":\"" + id + "\",\"name\":\"Third party " + id + "\",\"country\":\"IT\",\"pic\":\"9"
                + String.format(Locale.ROOT, "%08d", Math.abs(id.hashCode()) % 100_000_000) + "\""
                + (enterpriseId == null ? "" : ",\"enterpriseId\":\"" + enterpriseId + "\"") + ",\"declaredSme\":true}";
    }

    private static String award(String id, String thirdParty, String amount, LocalDate date) {
        return "{\"id\":\"" + id + "\",\"callId\":\"oc1\",\"thirdPartyId\":\"" + thirdParty + "\",\"amount\":{\"amount\":\""
                + amount + "\",\"currency\":\"EUR\"},\"date\":\"" + date + "\",\"activityType\":\"feasibility study\"}";
    }

    private static String caseJson(List<String> ents, List<String> holdings, List<String> parties,
                                   List<String> awards) {
        return "{\"referenceDate\":\"2026-06-30\",\"notes\":\"generated shape (org.fundingrules.bench.Shapes)\","
                + "\"action\":{\"id\":\"SHAPE\",\"programme\":\"H2020\",\"topic\":\"INNOSUP-01-2018-2020\","
                + "\"startDate\":\"2023-09-01\",\"durationMonths\":36,"
                + "\"totalCost\":{\"amount\":\"100000000.00\",\"currency\":\"EUR\"},"
                + "\"fstp\":{\"topicProvidesFstp\":true,\"topicReference\":\"generated\"}},"
                + "\"beneficiaries\":[{\"id\":\"b1\",\"name\":\"Cluster One\",\"country\":\"DE\",\"pic\":\"999000001\"}],"
                + "\"openCalls\":[{\"id\":\"oc1\",\"beneficiaryIds\":[\"b1\"],\"form\":\"GRANT\",\"smeOnly\":true,"
                + "\"objectives\":\"Generated.\",\"activityTypes\":[\"feasibility study\"],\"eligibleRecipients\":\"SMEs.\","
                + "\"awardCriteria\":\"Excellence.\",\"amountCriteria\":\"Lump sum.\","
                + "\"maxPerThirdParty\":{\"amount\":\"60000.00\",\"currency\":\"EUR\"},\"maxCriteria\":\"EUR 60 000.\"}],"
                + "\"thirdParties\":[" + String.join(",", parties) + "],"
                + "\"awards\":[" + String.join(",", awards) + "],"
                + "\"enterprises\":[" + String.join(",", ents) + "],"
                + "\"holdings\":[" + String.join(",", holdings) + "],"
                + "\"jointGroups\":[]}";
    }
}
