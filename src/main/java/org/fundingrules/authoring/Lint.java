package org.fundingrules.authoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.json.ValueWords;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.RuleMetadata;

/**
 * Static checks on a rules folder, without compiling it (DRL is read by the Drools DRL parser): the conventions of
 * {@code rules/README.md} that the engine does not enforce on load, and those it does, reported all at once with file
 * and line. Each check is one method;
 * {@link #run} returns every finding sorted by file and line.
 *
 * <ul>
 *   <li>every rule carries {@code @ruleId}, {@code @source}, {@code @article} and {@code @validFrom} (valid dates), and
 *       cites a source registered in {@code sources.yaml};</li>
 *   <li>a DRL file's package is {@code org.fundingrules.rules.<folder>};</li>
 *   <li>no {@code eval(...)} condition: a condition is a constraint of a pattern;</li>
 *   <li>every parameter value has a source (registered) and an article; the values of one key meet day to day, with
 *       neither overlap nor gap; every parameter is read by some rule; every key a rule reads is defined;</li>
 *   <li>every DRL file has its scenario file ({@code <folder>/scenarios/<name>.yaml});</li>
 *   <li>no literal amount or date in a rule's conditions (numbers other than 0 and 1, {@code "2024-01-01"},
 *       {@code LocalDate.of}, {@code new BigDecimal("...")}); a collection's {@code size} is structure, not law;</li>
 *   <li>the versions of one {@code @ruleId} meet day to day (rules of one id with the same dates are the cases of one
 *       criterion, one rule per outcome, and count as one version): never two in force on the same date, no date between
 *       the first {@code @validFrom} and the last {@code @validUntil} without one;</li>
 *   <li>every message key a DRL file uses has a text in every shipped language (English in the family's
 *       {@code messages.properties}, the others in {@code messages_<lang>.properties}), and every English key,
 *       parameter names included, has its translation.</li>
 * </ul>
 */
public final class Lint {

    /** One finding: file relative to the rules folder, 1-based line (0: the whole file), message. */
    public record Finding(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    static final String PACKAGE_ROOT = "org.fundingrules.rules";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    // The DRL parser delimits rules, conditions, consequences and functions; these regexes only look inside the
    // text of one of them (comments and string contents blanked).
    private static final Pattern JUDGE = Pattern.compile("\\bJudge\\b");
    private static final Pattern CONTROL = Pattern.compile("(?:if|for|while|switch|do|try|return)\\b");
    /** What a rule file may import: the rule-author package, the case vocabulary, Java's own types. */
    static final List<String> ALLOWED_IMPORTS = List.of("org.fundingrules.facts.", "org.fundingrules.model.", "java.");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])(\\d+(?:\\.\\d+)?)(?:[LlDdFfBI])?(?![\\w.])");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_CALL = Pattern.compile("\\b(LocalDate|Year|YearMonth)\\s*\\.\\s*(of|parse)\\s*\\(");
    private static final Pattern BIG_DECIMAL_TEXT = Pattern.compile("new\\s+BigDecimal\\s*\\(\\s*\"$");
    private static final Pattern SIZE_BEFORE = Pattern.compile("\\bsize\\s*(\\(\\s*\\))?\\s*(==|!=|<=|>=|<|>)\\s*$");
    private static final Pattern SIZE_AFTER = Pattern.compile("^\\s*(==|!=|<=|>=|<|>)\\s*[\\w$.]*\\bsize\\b");

    private final RuleFiles files;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, DrlFile> drls = new TreeMap<>();
    private final Set<String> sources = new TreeSet<>();
    /** Parameter keys as defined, with file and line. */
    private final Map<String, Finding> parameterKeys = new TreeMap<>();

    private Lint(RuleFiles files) {
        this.files = files;
        for (String path : files.files().keySet()) {
            if (path.endsWith(".drl")) {
                drls.put(path, new DrlFile(path, files.text(path)));
            }
        }
    }

    /** Every finding on a rule set, sorted by file, line and message; empty when the rules lint clean. */
    public static List<Finding> run(RuleFiles files) {
        Lint lint = new Lint(files);
        lint.readSources();
        lint.checkParameters();
        lint.checkDrlFiles();
        lint.checkParameterUse();
        lint.checkScenarios();
        lint.checkMessages();
        List<Finding> out = new ArrayList<>(lint.findings);
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::message));
        return List.copyOf(out);
    }

    // -------------------------------------------------------------------------------------------------------------
    // messages
    // -------------------------------------------------------------------------------------------------------------

    /** The first words of the library's own message keys (org/fundingrules/messages.properties). */
    static final Set<String> LIBRARY_NAMESPACES = Set.of("judge", "verdict", "words", "validity", "list");

    /** A string literal shaped like a message key: lower-case dotted words ({@code fstp.topic.statement}). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");

    /**
     * The message keys a source text uses (a Java source; {@code lint} reads a DRL file's literals where the parser
     * put them), with the 1-based line of first use: every string literal shaped like a key whose first word is one
     * of {@code namespaces} (the rule families, whose keys start with the family's folder name, and the library's),
     * except on annotation and comment lines, after {@code ==} (a parameter key compared) and parameter keys
     * themselves.
     */
    static Map<String, Integer> messageKeys(String text, Set<String> namespaces, Set<String> parameterKeys) {
        Map<String, Integer> out = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.trim().startsWith("@") || line.trim().startsWith("//") || line.trim().startsWith("*")) {
                continue;
            }
            Matcher m = KEY_LITERAL.matcher(line);
            while (m.find()) {
                String key = messageKey(m.group(), line.substring(0, m.start()), namespaces, parameterKeys);
                if (key != null) {
                    out.putIfAbsent(key, i + 1);
                }
            }
        }
        return out;
    }

    /** The message keys the code of a DRL file uses (its rules' heads left out), with the line of first use. */
    private static Map<String, Integer> messageKeys(DrlFile drl, Set<String> namespaces, Set<String> parameterKeys) {
        Map<String, Integer> out = new TreeMap<>();
        for (DrlFile.Literal l : drl.codeLiterals()) {
            String key = messageKey("\"" + l.value() + "\"", codeBefore(drl, l), namespaces, parameterKeys);
            if (key != null) {
                out.putIfAbsent(key, l.line());
            }
        }
        return out;
    }

    /**
     * The message key a string literal (with its quotes) names, or null: it must be shaped like a key, start with one
     * of {@code namespaces}, be no parameter key, and not follow {@code ==} or {@code parameters.at(} in
     * {@code before}, the code before it on its line.
     */
    private static String messageKey(String literal, String before, Set<String> namespaces, Set<String> parameterKeys) {
        Matcher m = KEY_LITERAL.matcher(literal);
        if (!m.matches()) {
            return null;
        }
        String key = m.group(1);
        String b = before.stripTrailing();
        boolean parameter = b.endsWith("==") || b.endsWith("parameters.at(") || b.endsWith("parameters.history(");
        return parameter || parameterKeys.contains(key) || !namespaces.contains(key.substring(0, key.indexOf('.')))
                ? null : key;
    }

    /** The code (comments and texts blanked) before a literal on its line. */
    private static String codeBefore(DrlFile drl, DrlFile.Literal l) {
        return drl.code().substring(drl.code().lastIndexOf('\n', l.start() - 1) + 1, l.start());
    }

    private void checkMessages() {
        org.fundingrules.engine.Bundles bundles;
        try {
            bundles = org.fundingrules.engine.Bundles.of(files);
        } catch (org.fundingrules.trace.RulesLoadException e) {
            // malformed bundles and duplicate keys; the parameter and source errors are reported by their own checks
            e.errors().stream().filter(x -> x.file().contains("messages"))
                    .forEach(x -> add(x.file(), x.line(), x.message()));
            return;
        }
        Set<String> namespaces = new TreeSet<>(LIBRARY_NAMESPACES);
        drls.keySet().forEach(p -> namespaces.add(org.fundingrules.engine.Engine.familyOf(p)));
        for (DrlFile drl : drls.values()) {
            for (var use : messageKeys(drl, namespaces, parameterKeys.keySet()).entrySet()) {
                for (String lang : bundles.languages()) {
                    if (!bundles.patterns(lang).containsKey(use.getKey())) {
                        add(drl.path(), use.getValue(), "message key '" + use.getKey() + "' has no text in "
                                + bundleName(drl.path(), lang));
                    }
                }
            }
        }
        Map<String, String> english = bundles.patterns(org.fundingrules.engine.Bundles.ENGLISH);
        for (String lang : bundles.languages()) {
            for (String key : english.keySet()) {
                String from = bundles.file(org.fundingrules.engine.Bundles.ENGLISH, key);
                if (!bundles.patterns(lang).containsKey(key) && from != null && !from.startsWith("library:")) {
                    add(from, 0, "message key '" + key + "' has no text in " + bundleName(from, lang));
                }
            }
        }
    }

    /** The bundle of a language in the family of a file ({@code fstp/messages_fr.properties}). */
    private static String bundleName(String path, String lang) {
        int slash = path.indexOf('/');
        return (slash < 0 ? "" : path.substring(0, slash + 1)) + "messages"
                + (lang.equals(org.fundingrules.engine.Bundles.ENGLISH) ? "" : "_" + lang) + ".properties";
    }

    private void add(String file, int line, String message) {
        findings.add(new Finding(file, line, message));
    }

    // -------------------------------------------------------------------------------------------------------------
    // sources.yaml
    // -------------------------------------------------------------------------------------------------------------

    private void readSources() {
        String text = files.text("sources.yaml");
        if (text == null) {
            add("sources.yaml", 0, "missing: the register of legal sources that rules and parameters cite");
            return;
        }
        try {
            JsonNode root = YAML.readTree(text);
            if (root != null && root.isObject()) {
                root.fieldNames().forEachRemaining(sources::add);
                root.properties().forEach(e -> checkSource(text, e.getKey(), e.getValue()));
            } else if (root != null && !root.isMissingNode() && !root.isNull()) {
                add("sources.yaml", 1, "must map each source id to its title and reference");
            }
        } catch (IOException e) {
            add("sources.yaml", line(e), "does not parse: " + ValueWords.firstLine(e.getMessage()));
        }
    }

    /**
     * The publishers whose copies a source may link to: EUR-Lex and the EU's data and publications services, the
     * Commission's own sites, the Court of Justice, CORDIS, the Publications Office's DOIs, and the OECD's DOIs for the
     * manuals Eurostat publishes jointly with it, such as the Oslo Manual (rules/README.md, "Citations").
     */
    static final List<String> OFFICIAL_HOSTS = List.of("eur-lex.europa.eu", "data.europa.eu", "op.europa.eu",
            "publications.europa.eu", "ec.europa.eu", "commission.europa.eu", "curia.europa.eu", "cordis.europa.eu");
    /** The DOI prefixes of the Publications Office of the European Union and of the OECD (joint Eurostat manuals). */
    static final List<String> OFFICIAL_DOIS = List.of("https://doi.org/10.2873/", "https://doi.org/10.1787/");
    /** How far a source's provisions were checked against its official text (rules/README.md, "Citations"). */
    static final List<String> SOURCE_STATUSES = List.of("confirmed", "partly confirmed", "unconfirmed");
    /** One entry of sources.yaml: an official copy, the identifiers its kind needs, no working documents. */
    private void checkSource(String text, String id, JsonNode s) {
        int at = ("\n" + text).indexOf("\n" + id + ":");
        int line = at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String where = "source '" + id + "'";
        if (!s.isObject()) {
            add("sources.yaml", line, where + " must have a title, a reference and an official url");
            return;
        }
        String url = s.path("url").asText("");
        if (!officialUrl(url)) {
            add("sources.yaml", line, where + ": url '" + url + "' is not an official publisher's copy (allowed: "
                    + String.join(", ", OFFICIAL_HOSTS) + ", " + String.join("..., ", OFFICIAL_DOIS) + "...)");
        }
        String reference = s.path("reference").asText("");
        String title = s.path("title").asText("");
        if (reference.contains("OJ ") && s.path("celex").asText("").isBlank() && s.path("eli").asText("").isBlank()) {
            add("sources.yaml", line, where + ": an act of the Official Journal needs its celex number or eli");
        }
        if (title.contains("Court of Justice") && !s.path("ecli").asText("").startsWith("ECLI:EU:")) {
            add("sources.yaml", line, where + ": a judgment needs its ecli (ECLI:EU:...)");
        }
        String status = s.path("status").asText("");
        if (!SOURCE_STATUSES.contains(status)) {
            add("sources.yaml", line, where + ": status '" + status + "' is not one of " + SOURCE_STATUSES);
        }
        for (String field : List.of("title", "reference", "versionUsed")) {
            notOfficial(s.path(field).asText(""), "sources.yaml", line, where + ", " + field);
        }
    }

    static boolean officialUrl(String url) {
        if (OFFICIAL_DOIS.stream().anyMatch(url::startsWith)) {
            return true;
        }
        try {
            java.net.URI u = new java.net.URI(url);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && OFFICIAL_HOSTS.contains(host);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A citation that names a working document instead of the official text (the check rule metadata has too). */
    private void notOfficial(String citation, String file, int line, String what) {
        String finding = RuleMetadata.workingDocument(what, citation);
        if (finding != null) {
            add(file, line, finding);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // parameter files
    // -------------------------------------------------------------------------------------------------------------

    /** One dated value of a parameter as written, with its line. */
    private record RawValue(int line, JsonNode node) {
        String text(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private void checkParameters() {
        for (String path : files.files().keySet()) {
            if (!path.contains("/parameters/") || !path.endsWith(".yaml")) {
                continue;
            }
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            Map<String, List<RawValue>> values = new LinkedHashMap<>();
            try {
                readParameterFile(files.text(path), keyLines, values);
            } catch (IOException e) {
                add(path, line(e), "does not parse: " + ValueWords.firstLine(e.getMessage()));
                continue;
            }
            for (var k : keyLines.entrySet()) {
                String key = k.getKey();
                Finding previous = parameterKeys.putIfAbsent(key, new Finding(path, k.getValue(), key));
                if (previous != null) {
                    add(path, k.getValue(), "parameter '" + key + "' is also defined at " + previous.file() + ":"
                            + previous.line());
                }
                checkValues(path, k.getValue(), key, values.getOrDefault(key, List.of()));
            }
        }
    }

    private static void readParameterFile(String text, Map<String, Integer> keyLines,
                                          Map<String, List<RawValue>> values) throws IOException {
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "a parameter file maps each key to its definition");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                keyLines.put(key, p.currentTokenLocation().getLineNr());
                List<RawValue> list = values.computeIfAbsent(key, k -> new ArrayList<>());
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if (field.equals("values") && v == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            int line = p.currentTokenLocation().getLineNr();
                            list.add(new RawValue(line, YAML.readTree(p)));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    private void checkValues(String path, int keyLine, String key, List<RawValue> values) {
        if (values.isEmpty()) {
            add(path, keyLine, "parameter '" + key + "' has no values");
            return;
        }
        record Dated(int line, LocalDate from, LocalDate until) {
        }
        List<Dated> dated = new ArrayList<>();
        for (RawValue v : values) {
            String source = v.text("source");
            String article = v.text("article");
            if (source == null || source.isBlank()) {
                add(path, v.line(), "parameter '" + key + "': a value without source (an id in sources.yaml)");
            } else if (!sources.contains(source)) {
                add(path, v.line(), "parameter '" + key + "': source '" + source + "' is not registered in sources.yaml");
            }
            if (article == null || article.isBlank()) {
                add(path, v.line(), "parameter '" + key + "': a value without article (the provision it applies)");
            } else {
                notOfficial(article, path, v.line(), "parameter '" + key + "': the article");
            }
            LocalDate from = date(v.text("validFrom"), path, v.line(), "parameter '" + key + "': validFrom", true);
            LocalDate until = date(v.text("validUntil"), path, v.line(), "parameter '" + key + "': validUntil", false);
            if (from != null && until != null && until.isBefore(from)) {
                add(path, v.line(), "parameter '" + key + "': validUntil " + until + " is before validFrom " + from);
            } else if (from != null) {
                dated.add(new Dated(v.line(), from, until));
            }
        }
        dated.sort(Comparator.comparing(Dated::from));
        Dated last = null;
        for (Dated d : dated) {
            if (last != null) {
                String what = "parameter '" + key + "': the value from " + d.from() + " ";
                if (last.until() == null || !last.until().isBefore(d.from())) {
                    add(path, d.line(), what + "overlaps the value from " + last.from()
                            + (last.until() == null ? " (no validUntil)" : " until " + last.until())
                            + " (line " + last.line() + "); end the earlier value the day before");
                } else if (last.until().plusDays(1).isBefore(d.from())) {
                    add(path, d.line(), what + "leaves a gap: no value from " + last.until().plusDays(1) + " to "
                            + d.from().minusDays(1) + "; the earlier value (line " + last.line() + ") ends "
                            + last.until());
                }
            }
            if (last == null || last.until() != null && (d.until() == null || d.until().isAfter(last.until()))) {
                last = d;
            }
        }
    }

    private LocalDate date(String text, String path, int line, String what, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(path, line, what + " is missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(path, line, what + " '" + text + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // DRL files
    // -------------------------------------------------------------------------------------------------------------

    /** One rule's citation and validity, for the version check. */
    private record Version(String file, int line, String name, String ruleId, LocalDate from, LocalDate until) {
        String where() {
            return "rule \"" + name + "\" (" + file + ":" + line + ")";
        }
    }

    private void checkDrlFiles() {
        List<Version> versions = new ArrayList<>();
        for (DrlFile drl : drls.values()) {
            checkParses(drl);
            checkPackage(drl);
            checkImports(drl);
            checkFunctions(drl);
            for (DrlFile.RuleText rule : drl.rules()) {
                Version v = checkMetadata(drl, rule);
                if (v != null) {
                    versions.add(v);
                }
                checkLiterals(drl, rule);
                checkDecidesLast(drl, rule);
                checkOneStatement(drl, rule);
                checkNoEval(drl, rule);
            }
            checkKeysDefined(drl);
        }
        checkVersions(versions);
    }

    /**
     * A DRL file imports the rule-author package ({@code org.fundingrules.facts}), the case's vocabulary
     * ({@code org.fundingrules.model}) and Java's own types, nothing else: never the engine's internals, whose
     * classes change without notice, and never the trace, which is written after the rules have fired.
     */
    private void checkImports(DrlFile drl) {
        for (DrlFile.Declaration i : drl.imports()) {
            String name = i.name();
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                add(drl.path(), i.line(), "imports " + name + ": a rule file imports only the rule-author "
                        + "package org.fundingrules.facts, the case vocabulary org.fundingrules.model and java.*"
                        + (name.startsWith("org.fundingrules.trace.Message") ? " (build messages with Words.of)" : ""));
            }
        }
    }

    /**
     * A DRL function never records a criterion: a legal test is a rule with its own conditions and citation, and
     * mechanical help belongs in the rule-author package, where it is tested.
     */
    private void checkFunctions(DrlFile drl) {
        for (DrlFile.Declaration f : drl.functions()) {
            // its signature too: a function that takes a Judge records through it
            if (JUDGE.matcher(drl.code().substring(f.start(), f.end())).find()) {
                add(drl.path(), f.line(), "function " + f.name() + " records a criterion: write each "
                        + "case as a rule whose conditions say when it applies");
            }
        }
    }

    /** A file the DRL parser cannot read does not load, and the other checks see only the part it could read. */
    private void checkParses(DrlFile drl) {
        List<org.fundingrules.trace.RulesLoadException.RuleError> errors = drl.errors().stream()
                .map(e -> new org.fundingrules.trace.RulesLoadException.RuleError(drl.path(), e.line(), e.message()))
                .toList();
        // the engine's translation of the parser's messages, so that lint and a load say the same
        org.fundingrules.engine.DroolsMessages.translate(errors, p -> drl.text())
                .forEach(e -> add(e.file(), e.line(), e.message()));
    }

    /**
     * A consequence is one statement: it inserts one derived fact or records one criterion. A branch in a consequence
     * decides the law outside the rules' conditions, where neither the trace nor a rule author sees it.
     */
    private void checkOneStatement(DrlFile drl, DrlFile.RuleText rule) {
        int statements = statements(DrlFile.mask(rule.consequence(), new ArrayList<>()));
        if (statements > 1 || statements < 0) {
            add(drl.path(), rule.line(), "rule \"" + rule.name() + "\" has " + (statements < 0 ? "a block or branch"
                    : statements + " statements") + " in its consequence: a consequence is one statement (one insert "
                    + "or one Judge.on(...) chain); derive the values it needs as facts, and write each case as a rule");
        }
    }

    /**
     * The number of top-level statements of a consequence (string literals and comments already masked), or -1 when
     * it holds a block or a control statement ({@code if}, {@code for}, ...).
     */
    static int statements(String consequence) {
        int depth = 0;
        int count = 0;
        boolean pending = false;
        for (int i = 0; i < consequence.length(); i++) {
            char c = consequence.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '{' && depth == 0) {
                return -1;
            } else if (c == '{' || c == '}') {
                continue;
            } else if (c == ';' && depth == 0) {
                count++;
                pending = false;
            } else if (!Character.isWhitespace(c)) {
                if (depth == 0 && !pending && CONTROL.matcher(consequence).region(i, consequence.length()).lookingAt()) {
                    return -1;
                }
                pending = true;
            }
        }
        return count + (pending ? 1 : 0);
    }

    /**
     * A condition is a constraint of a pattern, not an {@code eval(...)}: Drools warns in the application's log about
     * every eval that reads variables bound before it, each time it builds the rules, and cannot index one.
     */
    private void checkNoEval(DrlFile drl, DrlFile.RuleText rule) {
        DrlFile.tree(rule.descr().getLhs()).filter(org.drools.drl.ast.descr.EvalDescr.class::isInstance)
                .forEach(e -> add(drl.path(), drl.lineAt(Math.max(e.getStartCharacter(), rule.whenStart())),
                        "rule \"" + rule.name() + "\" has an eval(...) condition: write it as a constraint of the "
                        + "pattern that binds the last variable it reads, as in $x : BigDecimal( this.compareTo($p"
                        + ".amount()) > 0 ) from accumulate(...)"));
    }

    /** A rule that records a criterion matches {@code Decide()}: it fires once, after every derivation is final. */
    private void checkDecidesLast(DrlFile drl, DrlFile.RuleText rule) {
        boolean decides = rule.patterns().stream().anyMatch(p -> isType(p, "Decide"));
        if (DrlFile.mask(rule.consequence(), new ArrayList<>()).contains("Judge.on(") && !decides) {
            add(drl.path(), rule.line(), "rule \"" + rule.name() + "\" records a criterion but does not match Decide() "
                    + "first: it may decide before the facts it reads are final and fire again; begin its conditions "
                    + "with Decide() (import org.fundingrules.facts.Decide)");
        }
    }

    /** Whether a pattern matches the type of that simple name (imported or written in full). */
    private static boolean isType(org.drools.drl.ast.descr.PatternDescr pattern, String simpleName) {
        String type = pattern.getObjectType();
        return type != null && (type.equals(simpleName) || type.endsWith("." + simpleName));
    }

    private void checkPackage(DrlFile drl) {
        String path = drl.path();
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            add(path, 1, "a DRL file belongs in a rule family folder (rules/<family>/" + path + ")");
            return;
        }
        String expected = PACKAGE_ROOT + "." + path.substring(0, slash).replace('/', '.');
        var declared = drl.packageDeclaration();
        if (declared == null) {
            add(path, 1, "no package declaration; the file's folder needs 'package " + expected + ";'");
        } else if (!declared.getKey().equals(expected)) {
            add(path, declared.getValue(), "package " + declared.getKey() + " does not match the folder "
                    + path.substring(0, slash) + "/; it must be 'package " + expected + ";'");
        }
    }

    /** The engine's own check of rule metadata (what refuses the rules and what does not), every problem reported. */
    private Version checkMetadata(DrlFile drl, DrlFile.RuleText rule) {
        RuleMetadata.Checked checked = RuleMetadata.check(rule.name(), rule.metadata(), sources);
        checked.problems().forEach(p -> add(drl.path(), rule.line(), p.message()));
        LocalDate from = checked.validFrom();
        LocalDate until = checked.validUntil();
        boolean dated = from != null && (until == null || !until.isBefore(from));
        return checked.complete() && dated
                ? new Version(drl.path(), rule.line(), rule.name(), checked.ruleId(), from, until) : null;
    }

    /** Literal amounts and dates in a rule's conditions, where a dated parameter belongs. */
    private void checkLiterals(DrlFile drl, DrlFile.RuleText rule) {
        String code = drl.code();
        String rulePart = "rule \"" + rule.name() + "\"";
        String advice = "; read it from a dated parameter (rules/README.md, parameter files)";
        Matcher n = NUMBER.matcher(code).region(rule.whenStart(), rule.whenEnd());
        while (n.find()) {
            String number = n.group(1);
            if (isZeroOrOne(number) || comparesSize(code, n.start(), n.end())) {
                continue;
            }
            add(drl.path(), drl.lineAt(n.start()), rulePart + " has the literal " + number + " in a condition" + advice);
        }
        Matcher d = DATE_CALL.matcher(code).region(rule.whenStart(), rule.whenEnd());
        while (d.find()) {
            add(drl.path(), drl.lineAt(d.start()), rulePart + " builds a literal date with " + d.group(1) + "."
                    + d.group(2) + "(...) in a condition" + advice);
        }
        for (DrlFile.Literal l : drl.literals()) {
            if (l.start() < rule.whenStart() || l.start() >= rule.whenEnd()) {
                continue;
            }
            if (DATE_TEXT.matcher(l.value()).find()) {
                add(drl.path(), l.line(), rulePart + " has the literal date \"" + l.value() + "\" in a condition"
                        + advice);
            } else if (BIG_DECIMAL_TEXT.matcher(code.substring(Math.max(0, l.start() - 40), l.start() + 1)).find()
                    && !isZeroOrOne(l.value().strip())) {
                add(drl.path(), l.line(), rulePart + " has the literal amount new BigDecimal(\"" + l.value()
                        + "\") in a condition" + advice);
            }
        }
    }

    private static boolean isZeroOrOne(String number) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(number);
            return v.signum() == 0 || v.compareTo(java.math.BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code List( size == 3 )}: the number of facts a rule waits for is structure, not a number of the law. */
    private static boolean comparesSize(String code, int start, int end) {
        String before = code.substring(Math.max(0, start - 30), start);
        String after = code.substring(end, Math.min(code.length(), end + 30));
        return SIZE_BEFORE.matcher(before).find() || SIZE_AFTER.matcher(after).find();
    }

    /**
     * Every {@code parameters.at("...")} (or {@code key == "..."}) names a defined parameter, or (followed by
     * {@code +}) the start of one; and no rule matches a parameter as a fact.
     */
    private void checkKeysDefined(DrlFile drl) {
        for (DrlFile.RuleText rule : drl.rules()) {
            for (org.drools.drl.ast.descr.PatternDescr p : rule.patterns()) {
                String type = isType(p, "ParameterHistory") ? "ParameterHistory" : isType(p, "Parameter") ? "Parameter"
                        : null;
                if (type != null && p.getDescrs().stream().anyMatch(Lint::keyCompared)) {
                    add(drl.path(), p.getLine(), "parameters are not facts in the session, so " + type
                            + "( key == ... ) never matches; read the value with " + type + "() from parameters."
                            + (type.equals("ParameterHistory") ? "history" : "at") + "(\"...\") and declare global "
                            + "org.fundingrules.facts.Parameters parameters;");
                }
            }
        }
        for (DrlFile.Literal literal : drl.codeLiterals()) {
            if (!readsParameter(drl.code().substring(Math.max(0, literal.start() - 80), literal.start()))) {
                continue;
            }
            String key = literal.value();
            boolean prefix = drl.code().substring(literal.end()).stripLeading().startsWith("+");
            boolean defined = prefix ? parameterKeys.keySet().stream().anyMatch(k -> k.startsWith(key))
                    : parameterKeys.containsKey(key);
            if (!defined) {
                add(drl.path(), literal.line(), prefix
                        ? "no parameter key starts with \"" + key + "\"; define the parameters in a parameters/*.yaml file"
                        : "parameter '" + key + "' is read here but defined in no parameters/*.yaml file");
            }
        }
    }

    /** A constraint {@code key == ...}, as the parser hands it back. */
    private static boolean keyCompared(org.drools.drl.ast.descr.BaseDescr constraint) {
        String text = constraint instanceof org.drools.drl.ast.descr.ExprConstraintDescr e ? e.getExpression()
                : constraint.getText();
        String c = text == null ? "" : text.strip();
        return c.startsWith("key") && c.substring(3).stripLeading().startsWith("==");
    }

    /** Whether the code before a string literal passes it as a parameter key: {@code parameters.at(}, {@code key ==}. */
    private static boolean readsParameter(String before) {
        String b = before.stripTrailing();
        if (b.endsWith("==")) {
            return endsWithWord(b.substring(0, b.length() - 2).stripTrailing(), "key");
        }
        return endsWithWord(b, "parameters.at(") || endsWithWord(b, "parameters.history(");
    }

    /** Whether a text ends with a word that no letter, digit or underscore precedes. */
    private static boolean endsWithWord(String text, String word) {
        int at = text.length() - word.length();
        return at >= 0 && text.endsWith(word)
                && (at == 0 || !(Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_'));
    }

    /** The versions of one rule id meet day to day: no overlap, no gap. Same dates: cases of one version. */
    private void checkVersions(List<Version> versions) {
        Map<String, List<Version>> byId = new TreeMap<>();
        for (Version v : versions) {
            byId.computeIfAbsent(v.ruleId(), k -> new ArrayList<>()).add(v);
        }
        for (var e : byId.entrySet()) {
            List<Version> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Version::from).thenComparing(Version::file).thenComparingInt(Version::line));
            Version last = null;
            for (Version v : list) {
                // rules with one @ruleId and the same dates are the cases of one criterion (one rule per outcome),
                // not versions of it
                if (last != null && last.from().equals(v.from()) && java.util.Objects.equals(last.until(), v.until())) {
                    continue;
                }
                if (last != null) {
                    String head = "rule \"" + v.name() + "\" (@ruleId " + e.getKey() + ", from " + v.from() + ") ";
                    if (last.until() == null || !last.until().isBefore(v.from())) {
                        add(v.file(), v.line(), head + "is in force on the same dates as " + last.where() + ", from "
                                + last.from() + (last.until() == null ? " with no @validUntil" : " until " + last.until())
                                + "; give the earlier version @validUntil(\"" + v.from().minusDays(1) + "\")");
                    } else if (last.until().plusDays(1).isBefore(v.from())) {
                        add(v.file(), v.line(), head + "leaves a gap: no version is in force from "
                                + last.until().plusDays(1) + " to " + v.from().minusDays(1) + " (the previous, "
                                + last.where() + ", ends " + last.until() + ")");
                    }
                }
                if (last == null || last.until() != null && (v.until() == null || v.until().isAfter(last.until()))) {
                    last = v;
                }
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // parameters used
    // -------------------------------------------------------------------------------------------------------------

    private void checkParameterUse() {
        Set<String> literals = new TreeSet<>();
        boolean excludedSectors = false;
        for (DrlFile drl : drls.values()) {
            for (DrlFile.Literal l : drl.codeLiterals()) {
                literals.add(l.value());
            }
            excludedSectors |= drl.code().contains("excludedSectorsKey(");
        }
        Set<String> libraryKeys = new TreeSet<>();
        if (excludedSectors) {
            // the key a DRL reads through DeMinimisLayout.excludedSectorsKey(regulation), for a registered regulation
            sources.forEach(s -> libraryKeys.add(org.fundingrules.facts.DeMinimisLayout.excludedSectorsKey(s)));
        }
        for (var e : parameterKeys.entrySet()) {
            String key = e.getKey();
            boolean used = literals.contains(key) || libraryKeys.contains(key)
                    || literals.stream().anyMatch(l -> (l.endsWith(".") || l.endsWith("_")) && key.startsWith(l));
            if (!used) {
                Finding at = e.getValue();
                add(at.file(), at.line(), "parameter '" + key + "' is never used: no rule reads it (parameters.at(\"" + key
                        + "\")); remove it or write the rule that applies it");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // scenario files
    // -------------------------------------------------------------------------------------------------------------

    private void checkScenarios() {
        for (String path : drls.keySet()) {
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                continue;
            }
            String folder = path.substring(0, slash);
            String name = path.substring(slash + 1, path.length() - ".drl".length());
            String expected = folder + "/scenarios/" + name + ".yaml";
            if (files.files().containsKey(expected)) {
                continue;
            }
            boolean familyHasAny = files.files().keySet().stream()
                    .anyMatch(p -> p.startsWith(folder + "/scenarios/") && p.endsWith(".yaml"));
            add(path, 0, (familyHasAny ? "no scenario file for this DRL file"
                    : "the rule family " + folder + "/ has no scenario file") + "; add " + expected
                    + " (one per DRL file, named like it)");
        }
        // where a scenario's numbers come from is a citation too
        for (var f : files.files().entrySet()) {
            if (f.getKey().contains("/scenarios/") && f.getKey().endsWith(".yaml")) {
                String[] lines = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = SCENARIO_SOURCE.matcher(lines[i]);
                    if (m.find()) {
                        notOfficial(m.group(1), f.getKey(), i + 1, "the scenario's source");
                    }
                }
            }
        }
    }

    private static final Pattern SCENARIO_SOURCE = Pattern.compile("^\\s*(?:-\\s*)?source:\\s*(.*)$");

    // -------------------------------------------------------------------------------------------------------------

    private static int line(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return Math.max(0, j.getLocation().getLineNr());
        }
        return 0;
    }

}
