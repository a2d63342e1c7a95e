package org.fundingrules.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.fundingrules.engine.RuleFiles;

/**
 * The written reasons why some mutants of a family survive: a table in {@code <family>/surviving-mutants.md}, read
 * by {@code fundingrules mutate}. A survivor with a reason is accounted for; one without is a missing test.
 *
 * <p>A row names a mutant by what does not move when lines are added above it: the rule name or parameter key, the
 * change, and which occurrence of that change in that rule or parameter it is (1 for the first in the file):
 *
 * <pre>
 * | where | change | occurrence | why no scenario can notice it |
 * |---|---|---|---|
 * | sme.partner.upstream | `==` -&gt; `!=` | 2 | both sides hold the same enterprise in every valid case |
 * </pre>
 *
 * <p>A pipe inside a cell, as in the name of one case of a criterion ({@code "<criterion> | <case>"}), is written
 * {@code \|}.
 */
public final class SurvivorReasons {
    /** The file, in each family's folder. */
    public static final String FILE = "surviving-mutants.md";

    private final SortedMap<String, Row> rows;
    private final List<String> problems;

    /** One reason: the mutant it names, and where it was written. */
    public record Row(String key, String reason, String file, int line) {
    }

    private SurvivorReasons(SortedMap<String, Row> rows, List<String> problems) {
        this.rows = Collections.unmodifiableSortedMap(rows);
        this.problems = List.copyOf(problems);
    }

    /** The reasons written in every family of a rule set. */
    public static SurvivorReasons of(RuleFiles files) {
        SortedMap<String, Row> rows = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (!path.endsWith("/" + FILE) || path.indexOf('/') != path.length() - FILE.length() - 1) {
                continue;
            }
            String family = path.substring(0, path.indexOf('/'));
            String[] lines = files.text(path).split("\n", -1);
            boolean inTable = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("|")) {
                    inTable = false;
                    continue;
                }
                if (!inTable) {
                    inTable = true; // the header row
                    continue;
                }
                if (line.matches("\\|[\\s|:-]*")) {
                    continue; // the separator row
                }
                // a rule of one criterion is named "<criterion> | <case>": its pipe is written \| in a cell
                String[] cells = line.substring(1, line.endsWith("|") && !line.endsWith("\\|") ? line.length() - 1
                        : line.length()).split("(?<!\\\\)\\|", -1);
                String at = path + ":" + (i + 1);
                if (cells.length != 4) {
                    problems.add(at + ": a row needs 4 cells (where | change | occurrence | reason), found "
                            + cells.length);
                    continue;
                }
                String where = plain(cells[0]);
                String[] change = cells[1].split("->", -1);
                String reason = cells[3].strip();
                int occurrence;
                try {
                    occurrence = Integer.parseInt(cells[2].strip());
                } catch (NumberFormatException e) {
                    occurrence = 0;
                }
                if (change.length != 2 || occurrence < 1 || where.isEmpty() || reason.isEmpty()) {
                    problems.add(at + ": write the change as `original` -> `replacement`, the occurrence as 1, 2, ..."
                            + " and a reason");
                    continue;
                }
                String key = key(family, where, plain(change[0]), plain(change[1]), occurrence);
                if (rows.putIfAbsent(key, new Row(key, reason, path, i + 1)) != null) {
                    problems.add(at + ": this mutant already has a reason at line " + rows.get(key).line());
                }
            }
        }
        return new SurvivorReasons(rows, problems);
    }

    /** The key of each mutation: family, rule or parameter, change and its occurrence there, in file order. */
    public static Map<Mutation, String> keys(List<Mutation> mutations) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Mutation, String> keys = new HashMap<>();
        mutations.stream()
                .sorted((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.offset(), b.offset())
                        : a.file().compareTo(b.file()))
                .forEach(m -> {
                    String base = key(m.family(), m.where(), m.original(), m.replacement(), 0);
                    int n = seen.merge(base, 1, Integer::sum);
                    keys.put(m, key(m.family(), m.where(), m.original(), m.replacement(), n));
                });
        return keys;
    }

    /** The reason for a mutant's key, or null. */
    public Row reason(String key) {
        return rows.get(key);
    }

    /** Every reason, by key. */
    public SortedMap<String, Row> rows() {
        return rows;
    }

    /** Rows that could not be read, each with its file and line. */
    public List<String> problems() {
        return problems;
    }

    private static String key(String family, String where, String original, String replacement, int occurrence) {
        return family + " | " + where + " | " + original + " -> " + replacement + " | " + occurrence;
    }

    private static String plain(String cell) {
        return cell.strip().replace("`", "").replace("\\|", "|");
    }
}
