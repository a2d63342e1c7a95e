package org.fundingrules.examples.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.examples.spark.RegisterCases.Award;
import org.fundingrules.examples.spark.RegisterCases.Link;
import org.fundingrules.examples.spark.RegisterCases.RegisterCase;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;

/**
 * Judges every de minimis award of a register against the ceiling of its single undertaking, on Spark.
 *
 * <ol>
 *   <li>Groups: the control links are collected on the driver and joined into connected components (union-find); an
 *       undertaking without links is a group of its own. Each award and each link is tagged with its group.</li>
 *   <li>Awards and links are shuffled together by group, so a group's rows meet in one partition, links first and
 *       awards in grant order.</li>
 *   <li>In {@code mapPartitions}, each group's awards become one case each ({@link RegisterCases}), judged by the
 *       packaged rules, loaded once per executor JVM.</li>
 *   <li>One row per award ({@link RegisterRow}) is written as Parquet partitioned by Member State and grant year,
 *       with a summary table per Member State, year and outcome.</li>
 * </ol>
 *
 * <pre>
 * spark-submit --class org.fundingrules.examples.spark.RegisterJob --jars fundingrules-0.1.0-SNAPSHOT.jar,... \
 *     spark-register-0.1.0-SNAPSHOT.jar --awards awards.parquet --links links.parquet --out results
 * </pre>
 */
public final class RegisterJob {
    /** The award table's columns. */
    public static final StructType AWARDS = new StructType()
            .add("award_id", DataTypes.StringType, false)
            .add("undertaking_id", DataTypes.StringType, false)
            .add("member_state", DataTypes.StringType, false)
            .add("granting_body", DataTypes.StringType, true)
            .add("legal_basis", DataTypes.StringType, false)
            .add("instrument", DataTypes.StringType, false)
            .add("grant_date", DataTypes.DateType, false)
            .add("amount", DataTypes.createDecimalType(16, 2), false)
            .add("currency", DataTypes.StringType, false)
            .add("purpose", DataTypes.StringType, true);
    /** The control-link table's columns: shares in percent. */
    public static final StructType LINKS = new StructType()
            .add("holder_id", DataTypes.StringType, false)
            .add("held_id", DataTypes.StringType, false)
            .add("voting_share", DataTypes.createDecimalType(5, 2), false)
            .add("capital_share", DataTypes.createDecimalType(5, 2), false)
            .add("since", DataTypes.DateType, true)
            .add("until", DataTypes.DateType, true);
    /** The planted breaches' table (generated registers only). */
    public static final StructType PLANTED = new StructType()
            .add("award_id", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false);
    /** One row per award: what the register keeps of its evaluation. */
    public static final StructType RESULTS = new StructType()
            .add("award_id", DataTypes.StringType, false)
            .add("undertaking_id", DataTypes.StringType, false)
            .add("group_id", DataTypes.StringType, false)
            .add("member_state", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("grant_date", DataTypes.DateType, false)
            .add("amount", DataTypes.createDecimalType(16, 2), false)
            .add("legal_basis", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType, false)
            .add("failed_rules", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("headroom", DataTypes.createDecimalType(16, 2), true)
            .add("verdict_json", DataTypes.StringType, true)
            .add("case_json", DataTypes.StringType, false);   // with the verdict, all a replay needs

    private RegisterJob() {
    }

    /** Where the job reads its two tables and writes its own. */
    public record Paths(String awards, String links, String out) {
    }

    /** The counts of one run. */
    public record Summary(long awards, Map<String, Long> byOutcome) {
    }

    /** The session settings the job needs: dates as {@code java.time.LocalDate}. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }

    /**
     * Runs the job: reads the two tables (Parquet, or JSON Lines when the path ends in {@code .json} or
     * {@code .jsonl}), judges every award, writes {@code out/results} and {@code out/summary}.
     */
    public static Summary run(SparkSession spark, Paths paths) {
        configure(spark);
        Dataset<Row> awards = read(spark, paths.awards(), AWARDS);
        Dataset<Row> links = read(spark, paths.links(), LINKS);

        Dataset<Row> groups = spark.createDataFrame(groupsOf(links), new StructType()
                .add("undertaking_id", DataTypes.StringType, false)
                .add("group_id", DataTypes.StringType, false));
        Dataset<Row> taggedAwards = awards.join(org.apache.spark.sql.functions.broadcast(groups),
                        awards.col("undertaking_id").equalTo(groups.col("undertaking_id")), "left")
                .select(coalesce(groups.col("group_id"), awards.col("undertaking_id")).as("group_id"),
                        lit(1).as("kind"), awards.col("*"));
        Dataset<Row> taggedLinks = links.join(org.apache.spark.sql.functions.broadcast(groups),
                        links.col("holder_id").equalTo(groups.col("undertaking_id")))
                .select(groups.col("group_id"), lit(0).as("kind"), links.col("*"));

        // judged once, written once; a link row's award columns and an award row's link columns are null
        taggedLinks.unionByName(taggedAwards, true)
                .repartition(col("group_id"))
                .sortWithinPartitions(col("group_id"), col("kind"), col("grant_date"), col("award_id"),
                        col("holder_id"), col("held_id"), col("since"))
                .mapPartitions(new JudgeGroups(), Encoders.row(RESULTS))
                .write().mode(SaveMode.Overwrite).partitionBy("member_state", "year")
                .parquet(paths.out() + "/results");
        // the summary reads the written table's small columns back, and the counts read the summary
        spark.read().parquet(paths.out() + "/results").groupBy("member_state", "year", "outcome")
                .agg(count(lit(1)).as("awards"), sum("amount").as("amount"))
                .orderBy("member_state", "year", "outcome")
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(paths.out() + "/summary");
        Map<String, Long> byOutcome = new TreeMap<>();
        long total = 0;
        for (Row r : spark.read().parquet(paths.out() + "/summary").select("outcome", "awards").collectAsList()) {
            byOutcome.merge(r.getString(0), r.getLong(1), Long::sum);
            total += r.getLong(1);
        }
        return new Summary(total, byOutcome);
    }

    /** Reads a table as Parquet, or as JSON Lines when the path ends in .json or .jsonl, with the given columns. */
    static Dataset<Row> read(SparkSession spark, String path, StructType schema) {
        if (path.endsWith(".json") || path.endsWith(".jsonl")) {
            return spark.read().schema(schema).option("mode", "FAILFAST").json(path);
        }
        return spark.read().schema(schema).parquet(path);
    }

    /** Every undertaking named by a link, with its group: the smallest id of its connected component. */
    static List<Row> groupsOf(Dataset<Row> links) {
        Map<String, String> parent = new HashMap<>();
        for (Row r : links.select("holder_id", "held_id").collectAsList()) {
            union(parent, r.getString(0), r.getString(1));
        }
        List<Row> out = new ArrayList<>(parent.size());
        for (String u : parent.keySet()) {
            out.add(RowFactory.create(u, find(parent, u)));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String u) {
        String root = u;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String v = u; !v.equals(root); ) {        // path compression
            String next = parent.get(v);
            parent.put(v, root);
            v = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id names the group, so a group's name does not depend on the order of the links
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** The packaged rules, loaded once per executor JVM, on first use. */
    static final class Rules {
        static final RuleSet RULES = FundingRules.packaged();

        private Rules() {
        }
    }

    /** Judges the groups of one partition, whose rows come sorted by group, links first, then awards in grant order. */
    static final class JudgeGroups implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private Row pending = rows.hasNext() ? rows.next() : null;
                private Iterator<Row> current = List.<Row>of().iterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && pending != null) {
                        current = nextGroup().iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return current.next();
                }

                private List<Row> nextGroup() {
                    String group = pending.getAs("group_id");
                    List<Link> links = new ArrayList<>();
                    List<Award> awards = new ArrayList<>();
                    while (pending != null && group.equals(pending.getAs("group_id"))) {
                        if (pending.<Integer>getAs("kind") == 0) {
                            links.add(link(pending));
                        } else {
                            awards.add(award(pending));
                        }
                        pending = rows.hasNext() ? rows.next() : null;
                    }
                    List<Row> out = new ArrayList<>(awards.size());
                    for (RegisterCase c : RegisterCases.cases(awards, links)) {
                        out.add(judge(group, c));
                    }
                    return out;
                }
            };
        }

        private static Row judge(String group, RegisterCase c) {
            Award a = c.award();
            RegisterRow row;
            try {
                Evaluation e = Rules.RULES.evaluateJson(c.json());
                row = RegisterRow.of(a.id(), e);
            } catch (InvalidCaseException invalid) {
                // the library refused the case (its bounds, or data it cannot accept): counted, not dropped
                row = RegisterRow.invalid(invalid);
            }
            return RowFactory.create(a.id(), a.undertakingId(), group, a.memberState(), a.grantDate().getYear(),
                    a.grantDate(), a.amount(), a.legalBasis(), row.outcome(), row.failedRules().toArray(new String[0]),
                    row.headroom(), row.verdictJson(), c.json());
        }

        private static Link link(Row r) {
            return new Link(r.getAs("holder_id"), r.getAs("held_id"), r.getAs("voting_share"),
                    r.getAs("capital_share"), r.getAs("since"), r.getAs("until"));
        }

        private static Award award(Row r) {
            return new Award(r.getAs("award_id"), r.getAs("undertaking_id"), r.getAs("member_state"),
                    r.getAs("granting_body"), r.getAs("legal_basis"), r.getAs("instrument"),
                    r.<LocalDate>getAs("grant_date"), r.<BigDecimal>getAs("amount"), r.getAs("currency"),
                    r.getAs("purpose"));
        }
    }

    /**
     * Writes a generated register of {@code awards} random awards (plus the planted ones) under {@code dir}:
     * {@code awards.parquet}, {@code awards.jsonl}, {@code links.parquet}, {@code links.jsonl} and
     * {@code planted.parquet}. Rows are generated in parallel, each a pure function of the seed and its index.
     */
    public static void generate(SparkSession spark, long seed, long awards, String dir) {
        configure(spark);
        RegisterGenerator g = new RegisterGenerator(seed, awards);
        Dataset<Row> random = spark.range(awards).map(
                (org.apache.spark.api.java.function.MapFunction<Long, Row>) i -> awardRow(g.award(i)),
                Encoders.row(AWARDS));
        Dataset<Long> roots = spark.range(g.undertakings() / 4).map(
                (org.apache.spark.api.java.function.MapFunction<Long, Long>) r -> r * 4, Encoders.LONG());
        Dataset<Row> planted = roots.flatMap((org.apache.spark.api.java.function.FlatMapFunction<Long, Row>) r ->
                g.planted(r).stream().map(p -> awardRow(p.award())).iterator(), Encoders.row(AWARDS));
        Dataset<Row> all = random.union(planted);
        all.write().mode(SaveMode.Overwrite).parquet(dir + "/awards.parquet");
        all.write().mode(SaveMode.Overwrite).json(dir + "/awards.jsonl");

        Dataset<Row> links = spark.range(g.undertakings()).flatMap(
                (org.apache.spark.api.java.function.FlatMapFunction<Long, Row>) u -> g.links(u).stream()
                        .map(l -> RowFactory.create(l.holderId(), l.heldId(), l.votingShare(), l.capitalShare(),
                                l.since(), l.until()))
                        .iterator(), Encoders.row(LINKS));
        links.write().mode(SaveMode.Overwrite).parquet(dir + "/links.parquet");
        links.write().mode(SaveMode.Overwrite).json(dir + "/links.jsonl");

        roots.flatMap((org.apache.spark.api.java.function.FlatMapFunction<Long, Row>) r -> g.planted(r).stream()
                .filter(p -> p.breach())
                .map(p -> RowFactory.create(p.award().id(), p.kind())).iterator(), Encoders.row(PLANTED))
                .write().mode(SaveMode.Overwrite).parquet(dir + "/planted.parquet");
    }

    private static Row awardRow(Award a) {
        return RowFactory.create(a.id(), a.undertakingId(), a.memberState(), a.grantingBody(), a.legalBasis(),
                a.instrument(), a.grantDate(), a.amount(), a.currency(), a.purpose());
    }

    /**
     * {@code --awards PATH --links PATH --out DIR}, or {@code --generate N --seed S --out DIR}.
     * The master comes from {@code spark-submit}, or {@code --master} (for instance {@code local[2]}).
     */
    public static void main(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        SparkSession.Builder b = SparkSession.builder().appName("fundingrules-register");
        if (a.containsKey("--master")) {
            b.master(a.get("--master"));
        }
        SparkSession spark = b.getOrCreate();
        try {
            if (a.containsKey("--generate")) {
                generate(spark, Long.parseLong(a.getOrDefault("--seed", "1")), Long.parseLong(a.get("--generate")),
                        a.get("--out"));
                return;
            }
            long t0 = System.nanoTime();
            Summary s = run(spark, new Paths(a.get("--awards"), a.get("--links"), a.get("--out")));
            System.out.printf("awards %d in %.1f s: %s%n", s.awards(), (System.nanoTime() - t0) / 1e9, s.byOutcome());
        } finally {
            spark.stop();
        }
    }
}
