import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PIT score of the whole code from the reports of several runs (bin/mutation-score): every mutations.xml under
 * the folder, and for each mutated class the results of the newest report that mutated it, so that re-running one
 * group replaces that group's results and nothing else. Prints one row per group and the total; exits 1 below the
 * threshold. Run with the single-file launcher: {@code java bin/MutationTotals.java target/pit-reports 85}.
 */
public class MutationTotals {
    /** Groups by package, in the order bin/mutation-score names them; "api" is the root package. */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("org.fundingrules.report.", "report");
        GROUPS.put("org.fundingrules.cli.", "cli");
        GROUPS.put("org.fundingrules.authoring.", "authoring");
        GROUPS.put("org.fundingrules.json.", "json");
        GROUPS.put("org.fundingrules.model.", "json");
        GROUPS.put("org.fundingrules.trace.", "json");
        GROUPS.put("org.fundingrules.engine.", "internal");
        GROUPS.put("org.fundingrules.facts.", "facts");
    }

    static final List<String> ORDER = List.of("report", "cli", "authoring", "json", "api", "facts", "internal");
    static final Pattern MUTATION = Pattern.compile("<mutation [^>]*status='([A-Z_]+)'[^>]*>(.*?)</mutation>",
            Pattern.DOTALL);
    static final Pattern CLASS = Pattern.compile("<mutatedClass>([^<]+)</mutatedClass>");

    record Report(Path file, FileTime time, Map<String, List<String>> statusesByClass) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--classes")) {
            System.out.println(classes(args[1]));
            return;
        }
        Path root = Path.of(args.length > 0 ? args[0] : "target/pit-reports");
        int threshold = args.length > 1 ? Integer.parseInt(args[1]) : 85;
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("mutations.xml")).sorted().toList()) {
                reports.add(read(f));
            }
        }
        reports.sort(Comparator.comparing(Report::time).thenComparing(r -> r.file().toString()));
        // newest wins: later reports overwrite the classes they mutated
        Map<String, List<String>> byClass = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        for (Report r : reports) {
            r.statusesByClass().forEach((c, s) -> {
                byClass.put(c, s);
                from.put(c, r.file());
            });
        }
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (String g : ORDER) {
            rows.put(g, new int[3]);
        }
        byClass.forEach((c, statuses) -> {
            int[] row = rows.get(group(c));
            for (String s : statuses) {
                row[0]++;
                if (s.equals("SURVIVED")) {
                    row[1]++;
                } else if (s.equals("NO_COVERAGE")) {
                    row[2]++;
                }
            }
        });
        System.out.printf("%-10s %8s %8s %8s %8s %8s%n", "group", "mutants", "detected", "survived", "no_cov", "score");
        int total = 0;
        int detected = 0;
        for (var e : rows.entrySet()) {
            int[] r = e.getValue();
            int d = r[0] - r[1] - r[2];
            total += r[0];
            detected += d;
            System.out.printf("%-10s %8d %8d %8d %8d %8s%n", e.getKey(), r[0], d, r[1], r[2], percent(d, r[0]));
        }
        System.out.printf("%-10s %8d %8d %26s%n", "total", total, detected, percent(detected, total));
        System.out.println("from " + reports.size() + " report(s): " + reports.stream()
                .map(r -> root.relativize(r.file()).toString() + " (" + r.time() + ")").toList());
        if (total == 0 || 100L * detected < (long) threshold * total) {
            System.out.println("below the threshold of " + threshold + " %");
            System.exit(1);
        }
    }

    /** PIT's targetClasses for a group, comma-separated; the root package's classes are read from the sources. */
    static String classes(String group) throws IOException {
        List<String> globs = new ArrayList<>();
        GROUPS.forEach((pkg, g) -> {
            if (g.equals(group)) {
                globs.add(pkg + "*");
            }
        });
        if (group.equals("api")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/fundingrules"))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                        .sorted().forEach(n -> globs.add("org.fundingrules." + n.substring(0, n.length() - 5) + "*"));
            }
        }
        if (globs.isEmpty()) {
            System.err.println("unknown group: " + group + " (groups: " + String.join(" ", ORDER) + ")");
            System.exit(64);
        }
        return String.join(",", globs);
    }

    static String group(String className) {
        for (var e : GROUPS.entrySet()) {
            if (className.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "api";
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    static Report read(Path f) throws IOException {
        Map<String, List<String>> byClass = new TreeMap<>();
        Matcher m = MUTATION.matcher(Files.readString(f));
        while (m.find()) {
            Matcher c = CLASS.matcher(m.group(2));
            if (c.find()) {
                byClass.computeIfAbsent(c.group(1), k -> new ArrayList<>()).add(m.group(1));
            }
        }
        return new Report(f, Files.getLastModifiedTime(f), byClass);
    }
}
