package org.fundingrules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.facts.ParameterHistory;
import org.fundingrules.trace.Message;

/**
 * The message bundles of a rule set, by language: the library's own ({@code org/fundingrules/messages*.properties},
 * for texts the Java code writes) and each family's ({@code <family>/messages*.properties} beside its DRL), plus
 * the name of every numeric parameter as the term {@code param.<key>}, in English from its {@code label} in the
 * parameter file. Patterns use {@code {0}}, {@code {1}}, ... and nothing else: no number or date formatting, no
 * quoting rules (an apostrophe is an apostrophe), so a text renders the same on every JVM. Immutable.
 */
public final class Bundles {
    /** The language of the verdict document's texts, and the fallback of every other. */
    public static final String ENGLISH = "en";
    /** Prefix of the terms naming parameters. */
    public static final String PARAMETER_TERM = "param.";
    private static final Pattern FILE = Pattern.compile("(?:[^/]+/)?messages(?:_([a-z]{2}))?\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Per language, key to pattern, sorted. */
    private final SortedMap<String, SortedMap<String, String>> byLanguage;
    /** Where each key of each language is defined ({@code lang NUL key} to file). */
    private final Map<String, String> definedIn;

    /** Per language, key to its parsed pattern, English filled in where the language lacks a key. */
    private final Map<String, Map<String, Template>> templates;

    private Bundles(SortedMap<String, SortedMap<String, String>> byLanguage, Map<String, String> definedIn) {
        this.byLanguage = byLanguage;
        this.definedIn = Map.copyOf(definedIn);
        Map<String, Template> english = new java.util.HashMap<>();
        byLanguage.getOrDefault(ENGLISH, Collections.emptySortedMap()).forEach((k, v) -> english.put(k, Template.of(v)));
        Map<String, Map<String, Template>> all = new java.util.HashMap<>();
        all.put(ENGLISH, english);
        for (var lang : byLanguage.entrySet()) {
            if (!lang.getKey().equals(ENGLISH)) {
                Map<String, Template> t = new java.util.HashMap<>(english);
                lang.getValue().forEach((k, v) -> t.put(k, Template.of(v)));
                all.put(lang.getKey(), t);
            }
        }
        this.templates = all;
    }

    /**
     * A pattern parsed once: the literal texts around its placeholders, so rendering is appending (a verdict renders
     * a few hundred messages).
     */
    private record Template(String[] literals, int[] args, String[] raw) {
        static Template of(String pattern) {
            List<String> literals = new java.util.ArrayList<>();
            List<Integer> args = new java.util.ArrayList<>();
            List<String> raw = new java.util.ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(pattern);
            int at = 0;
            while (m.find()) {
                literals.add(pattern.substring(at, m.start()));
                // a number too large for an int can never have an argument: it renders as written
                args.add(m.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group(1)));
                raw.add(m.group());
                at = m.end();
            }
            literals.add(pattern.substring(at));
            return new Template(literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray(),
                    raw.toArray(String[]::new));
        }
    }

    /**
     * The bundles of a rule set without compiling its rules (the parameter files name the parameters).
     *
     * @throws org.fundingrules.trace.RulesLoadException when a bundle, a parameter file or the source register is broken
     */
    public static Bundles of(RuleFiles files) {
        List<RuleError> errors = new java.util.ArrayList<>();
        var sources = SourceRegister.load(files, errors);
        ParameterTable parameters = ParameterTable.load(files, sources.keySet(), errors);
        // the parameter names need a sound parameter table: report its errors first
        Bundles b = errors.isEmpty() ? load(files, parameters, errors) : null;
        if (!errors.isEmpty()) {
            throw new org.fundingrules.trace.RulesLoadException(errors);
        }
        return b;
    }

    /** The bundles already read and checked (the precompiled rule set's): patterns by language, files by key. */
    static Bundles of(SortedMap<String, SortedMap<String, String>> patterns, Map<String, String> files) {
        return new Bundles(patterns, files);
    }

    /** Every pattern by language, as sorted maps a build step can store. */
    SortedMap<String, SortedMap<String, String>> languagesAndPatterns() {
        SortedMap<String, SortedMap<String, String>> out = new TreeMap<>();
        byLanguage.forEach((lang, patterns) -> out.put(lang, new TreeMap<>(patterns)));
        return out;
    }

    /** Where each key of each language is defined (see {@link #file}). */
    Map<String, String> files() {
        return definedIn;
    }

    /** Reads the bundles of a rule set; a malformed file or a key defined twice in one language is an error. */
    static Bundles load(RuleFiles files, ParameterTable parameters, List<RuleError> errors) {
        SortedMap<String, SortedMap<String, String>> all = new TreeMap<>();
        Map<String, String> definedIn = new TreeMap<>();
        for (var f : files.files().entrySet()) {
            Matcher m = FILE.matcher(f.getKey());
            if (m.matches()) {
                String lang = m.group(1) == null ? ENGLISH : m.group(1);
                add(all, definedIn, lang, f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8), errors);
            }
        }
        for (String lang : List.copyOf(all.keySet())) {
            String name = "messages" + (lang.equals(ENGLISH) ? "" : "_" + lang) + ".properties";
            add(all, definedIn, lang, "library:" + name, library(name), errors);
        }
        add(all, definedIn, ENGLISH, "library:messages.properties", "", errors);
        for (ParameterHistory p : parameters.histories()) {
            if (!p.values().isEmpty() && !"text".equals(p.values().get(0).unit())
                    && all.get(ENGLISH).putIfAbsent(PARAMETER_TERM + p.key(), p.label()) == null) {
                definedIn.put(ENGLISH + "\u0000" + PARAMETER_TERM + p.key(), parameters.fileOf(p.key()));
            }
        }
        return new Bundles(all, definedIn);
    }

    private static void add(SortedMap<String, SortedMap<String, String>> all, Map<String, String> definedIn,
                            String lang, String file, String text, List<RuleError> errors) {
        SortedMap<String, String> bundle = all.computeIfAbsent(lang, k -> new TreeMap<>());
        if (text.isEmpty()) {
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new RuleError(file, 0, "malformed message bundle: " + e.getMessage()));
            return;
        }
        for (String key : p.stringPropertyNames()) {
            String before = definedIn.putIfAbsent(lang + "\u0000" + key, file);
            if (before != null) {
                errors.add(new RuleError(file, 0, "message key " + key + " is also defined in " + before));
            }
            bundle.put(key, p.getProperty(key));
        }
    }

    private static String library(String name) {
        try (InputStream in = Bundles.class.getResourceAsStream("/org/fundingrules/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The languages shipped, English first. */
    public List<String> languages() {
        return byLanguage.keySet().stream()
                .sorted((a, b) -> a.equals(ENGLISH) ? -1 : b.equals(ENGLISH) ? 1 : a.compareTo(b)).toList();
    }

    /** The patterns of one language (empty for a language not shipped), by key. */
    public SortedMap<String, String> patterns(String language) {
        return Collections.unmodifiableSortedMap(byLanguage.getOrDefault(language, new TreeMap<>()));
    }

    /**
     * The file that defines a key in a language: a bundle path relative to the rules folder, {@code library:...} for
     * the library's own, or the parameter file for a parameter's English name; null when the key is not defined.
     */
    public String file(String language, String key) {
        return definedIn.get(language + "\u0000" + key);
    }

    /** The placeholder numbers a pattern uses. */
    public static java.util.SortedSet<Integer> placeholders(String pattern) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /**
     * Renders a message in a language, falling back to English for a language or key not shipped; a key missing
     * in English too renders as the key and its arguments, visibly, rather than failing a verdict.
     */
    public String render(Message message, String language) {
        StringBuilder out = new StringBuilder();
        render(message, language, out);
        return out.toString();
    }

    private void render(Message message, String language, StringBuilder out) {
        if (Message.LIST.equals(message.key())) {
            String separator = pattern("list.separator", language);
            for (int i = 0; i < message.args().size(); i++) {
                out.append(i == 0 || separator == null ? "" : separator);
                arg(message.args().get(i), language, out);
            }
            return;
        }
        Template t = template(message.key(), language);
        if (t == null) {
            out.append(message.key());
            if (message.args().isEmpty()) {
                return;
            }
            out.append('(');
            for (int i = 0; i < message.args().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                arg(message.args().get(i), language, out);
            }
            out.append(')');
            return;
        }
        for (int i = 0; i < t.args().length; i++) {
            out.append(t.literals()[i]);
            int n = t.args()[i];
            if (n < message.args().size()) {
                arg(message.args().get(n), language, out);
            } else {
                out.append(t.raw()[i]);
            }
        }
        out.append(t.literals()[t.args().length]);
    }

    private void arg(Object arg, String language, StringBuilder out) {
        if (arg instanceof Message nested) {
            render(nested, language, out);
        } else {
            out.append((String) arg);
        }
    }

    private Template template(String key, String language) {
        return templates.getOrDefault(language, templates.get(ENGLISH)).get(key);
    }

    private String pattern(String key, String language) {
        String p = byLanguage.getOrDefault(language, Collections.emptySortedMap()).get(key);
        return p != null ? p : byLanguage.getOrDefault(ENGLISH, Collections.emptySortedMap()).get(key);
    }
}
