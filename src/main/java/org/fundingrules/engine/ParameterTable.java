package org.fundingrules.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundingrules.json.ValueWords;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.facts.Parameter;
import org.fundingrules.trace.ParameterUse;

/**
 * Every dated rule parameter of a rule set, read from {@code <family>/parameters/*.yaml}. A parameter has one or
 * more values, each valid over a closed date range with its legal reference; ranges of one key must not overlap.
 */
public final class ParameterTable {
    /** The YAML reader, made on first use: the precompiled rule set reads no YAML, and starts faster without it. */
    static final class Yaml {
        static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();

        private Yaml() {
        }
    }

    /** The unit of a parameter whose value is a word or a code, not a number (read with {@code Parameter.text()}). */
    public static final String TEXT = "text";

    /** One parameter as written in its file. */
    public record Definition(String label, String description, String unit, List<Value> values) {
    }

    /** One dated value of a parameter. */
    public record Value(String value, LocalDate validFrom, LocalDate validUntil, String source, String article) {
    }

    /** A key with its definition and the file it came from. */
    public record Entry(String key, String file, Definition definition) {
    }

    private final Map<String, Entry> entries;
    private volatile List<org.fundingrules.facts.ParameterHistory> histories;
    private volatile Map<String, org.fundingrules.facts.ParameterHistory> historyByKey;
    /** The view of each date: every case of a batch judged as of the same date reuses one. */
    private final java.util.concurrent.ConcurrentHashMap<LocalDate, org.fundingrules.facts.Parameters> views =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ParameterTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The table of parameters already read and checked (the precompiled rule set's). */
    static ParameterTable of(Map<String, Entry> entries) {
        return new ParameterTable(Map.copyOf(entries));
    }

    /**
     * The parameters of a rule set alone, with the register of sources they cite, without compiling any rule: for
     * code that states the law another way (the benchmarks' oracle, property tests) and must read the thresholds the
     * rules read.
     *
     * @throws RulesLoadException naming file and line of each error in {@code sources.yaml} or a parameter file
     */
    public static ParameterTable read(RuleFiles files) {
        List<RuleError> errors = new ArrayList<>();
        Map<String, SourceRegister.Source> sources = SourceRegister.load(files, errors);
        ParameterTable table = load(files, sources.keySet(), errors);
        if (!errors.isEmpty()) {
            throw new RulesLoadException(errors);
        }
        return table;
    }

    /** Reads every parameter file; adds an error per problem found, with file and line where known. */
    static ParameterTable load(RuleFiles files, Set<String> sources, List<RuleError> errors) {
        Map<String, Entry> entries = new TreeMap<>();
        for (var f : files.files().entrySet()) {
            String path = f.getKey();
            if (!path.contains("/parameters/") || !path.endsWith(".yaml")) {
                continue;
            }
            String text = files.text(path);
            Map<String, Definition> defs;
            try {
                defs = readYaml(text, new TypeReference<TreeMap<String, Definition>>() {
                });
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                errors.add(new RuleError(path, line, ValueWords.firstLine(e.getOriginalMessage())));
                continue;
            }
            if (defs == null) {
                continue;
            }
            for (var d : defs.entrySet()) {
                String key = d.getKey();
                int line = lineOf(text, key + ":");
                Entry previous = entries.put(key, new Entry(key, path, d.getValue()));
                if (previous != null) {
                    errors.add(new RuleError(path, line, "parameter '" + key + "' is also defined in " + previous.file()));
                }
                check(key, d.getValue(), sources, path, line, errors);
            }
        }
        return new ParameterTable(Map.copyOf(entries));
    }

    private static void check(String key, Definition d, Set<String> sources, String path, int line,
                              List<RuleError> errors) {
        if (d == null || d.values() == null || d.values().isEmpty()) {
            errors.add(new RuleError(path, line, "parameter '" + key + "' has no values"));
            return;
        }
        if (d.unit() == null || d.unit().isBlank()) {
            errors.add(new RuleError(path, line, "parameter '" + key + "' has no unit"));
        }
        List<Value> sorted = new ArrayList<>();
        for (Value v : d.values()) {
            if (v.value() == null || v.validFrom() == null || v.source() == null || v.article() == null
                    || v.article().isBlank()) {
                errors.add(new RuleError(path, line, "parameter '" + key
                        + "': every value needs value, validFrom, source and article"));
                continue;
            }
            if (!TEXT.equals(d.unit())) {
                try {
                    new BigDecimal(v.value());
                } catch (NumberFormatException e) {
                    errors.add(new RuleError(path, line, "parameter '" + key + "': value '" + v.value()
                            + "' is not a decimal number (give unit: text for a value that is a word)"));
                }
            }
            if (!sources.contains(v.source())) {
                errors.add(new RuleError(path, line, "parameter '" + key + "': source '" + v.source()
                        + "' is not registered in sources.yaml"));
            }
            if (v.validUntil() != null && v.validUntil().isBefore(v.validFrom())) {
                errors.add(new RuleError(path, line, "parameter '" + key + "': validUntil before validFrom"));
            }
            sorted.add(v);
        }
        sorted.sort(Comparator.comparing(Value::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            Value prev = sorted.get(i - 1);
            if (prev.validUntil() == null || !prev.validUntil().isBefore(sorted.get(i).validFrom())) {
                errors.add(new RuleError(path, line, "parameter '" + key + "': values from " + prev.validFrom()
                        + " and " + sorted.get(i).validFrom() + " overlap"));
            }
        }
    }

    /** The parameters in force on a date, one per key at most, sorted by key. */
    public List<Parameter> inForce(LocalDate date) {
        List<Parameter> out = new ArrayList<>();
        for (Entry e : new TreeMap<>(entries).values()) {
            for (Value v : e.definition().values()) {
                if (RuleMetadata.inForce(v.validFrom(), v.validUntil(), date)) {
                    String label = e.definition().label() == null ? e.key() : e.definition().label();
                    out.add(new Parameter(e.key(), label, new ParameterUse(e.key(), v.value(), e.definition().unit(),
                            v.validFrom(), v.validUntil(), v.source(), v.article())));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The parameters as the rules of an evaluation on {@code date} read them: resolved once per date. */
    public org.fundingrules.facts.Parameters view(LocalDate date) {
        org.fundingrules.facts.Parameters cached = views.get(date);
        if (cached != null) {
            return cached;
        }
        Map<String, org.fundingrules.facts.ParameterHistory> byKey = historyByKey;
        if (byKey == null) {
            Map<String, org.fundingrules.facts.ParameterHistory> m = new java.util.HashMap<>();
            histories().forEach(h -> m.put(h.key(), h));
            byKey = Map.copyOf(m);
            historyByKey = byKey;
        }
        Map<String, Parameter> now = new java.util.HashMap<>();
        inForce(date).forEach(p -> now.put(p.key(), p));
        org.fundingrules.facts.Parameters view = new org.fundingrules.facts.Parameters(date, Map.copyOf(now), byKey);
        if (views.size() < 4096) {      // bounded: a view is a few hundred entries
            views.putIfAbsent(date, view);
        }
        return view;
    }

    /** The parameter file that defines a key, relative to the rules folder; null when no file does. */
    String fileOf(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.file();
    }

    /** Every parameter with all its dated values, sorted by key, values oldest first. */
    public List<org.fundingrules.facts.ParameterHistory> histories() {
        List<org.fundingrules.facts.ParameterHistory> h = histories;
        if (h == null) {
            h = List.copyOf(computeHistories());
            histories = h;
        }
        return h;
    }

    private List<org.fundingrules.facts.ParameterHistory> computeHistories() {
        List<org.fundingrules.facts.ParameterHistory> out = new ArrayList<>();
        for (Entry e : new TreeMap<>(entries).values()) {
            String label = e.definition().label() == null ? e.key() : e.definition().label();
            List<ParameterUse> uses = e.definition().values().stream()
                    .sorted(Comparator.comparing(Value::validFrom))
                    .map(v -> new ParameterUse(e.key(), v.value(), e.definition().unit(), v.validFrom(), v.validUntil(),
                            v.source(), v.article()))
                    .toList();
            out.add(new org.fundingrules.facts.ParameterHistory(e.key(), label, uses));
        }
        return out;
    }

    /** Every parameter, by key. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * A YAML file as a value; null for a file with no content (empty, or comments only), which Jackson would refuse
     * with "No content to map due to end-of-input".
     */
    static <T> T readYaml(String text, TypeReference<T> type) throws JsonProcessingException {
        try (JsonParser p = Yaml.MAPPER.createParser(text)) {
            return p.nextToken() == null ? null : Yaml.MAPPER.readValue(p, type);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reading a String
        }
    }

    static int lineOf(String text, String needle) {
        int idx = text.indexOf(needle);
        if (idx < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < idx; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

}
