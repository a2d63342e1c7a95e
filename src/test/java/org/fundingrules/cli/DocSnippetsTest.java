package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fundingrules.DocBlocks;
import org.fundingrules.DocBlocks.Block;
import org.fundingrules.FundingRules;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/**
 * Every snippet of README.md and the documents under docs/ that a reader copies is checked here or by a named test:
 *
 * <ul>
 *   <li>{@code shell}: each command of the CLI parses with its current options, its jar is this version's, the
 *       example files it names exist; each Maven command names profiles of pom.xml and test classes that exist;</li>
 *   <li>{@code text} after {@code <!-- output of the commands above ... -->}: the commands of the shell block before
 *       it are run through {@link Main#run} and print these lines, in order ({@code ...} a line stands for any lines,
 *       {@code …} in a line for any text), with that exit code;</li>
 *   <li>{@code json}: parses strictly, and a case file is read and validated by {@link FundingJson#readCase};</li>
 *   <li>{@code xml}: well-formed, and a dependency names the version of this build;</li>
 *   <li>{@code java}: compiled by {@code ReadmeExampleTest} (README), {@code JavaApiDocTest} (docs/java-api.md), or
 *       the auditor example project ({@code ExamplesReadmeTest}).</li>
 * </ul>
 *
 * <p>And every relative link leads to a file, and a heading of it, that exist.
 */
class DocSnippetsTest {
    private static final Set<String> LANGUAGES = Set.of("shell", "text", "json", "xml", "java");
    private static final String JAR = "target/fundingrules-" + FundingRules.version() + ".jar";
    private static final Pattern OUTPUT = Pattern.compile("output of the commands above(?:, exit (\\d+))?"
            + "(?:; (\\S+) is rules/ with (\\S+) changed from (.+) to (.+))?");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @TempDir
    Path temp;

    @Test
    void everyBlockHasALanguageThatIsChecked() throws IOException {
        List<Block> blocks = DocBlocks.checked();
        assertThat(blocks).hasSizeGreaterThan(20);
        for (Block b : blocks) {
            assertThat(b.language()).as(b.where()).isIn(LANGUAGES);
        }
    }

    @Test
    void javaIsOnlyWhereATestCompilesIt() throws Exception {
        String kit = DocBlocks.kitSnippet() + "\n";
        for (Block b : DocBlocks.checked()) {
            if (b.language().equals("java")) {
                boolean compiled = b.file().equals(Path.of("README.md")) || b.file().equals(Path.of("docs/java-api.md"))
                        || b.text().equals(kit);
                assertThat(compiled).as("%s: Java that no test compiles", b.where()).isTrue();
            }
        }
    }

    @Test
    void shellCommandsAreCommandsThatExist() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int fundingrules = 0;
        int maven = 0;
        for (Block b : DocBlocks.checked()) {
            if (!b.language().equals("shell")) {
                continue;
            }
            for (List<String> step : steps(b)) {
                String where = b.where() + ": " + String.join(" ", step);
                List<String> args = cliArgs(step);
                if (args != null) {
                    assertThat(step.get(0).equals("bin/fundingrules") || step.get(2).equals(JAR))
                            .as("%s: the jar of this version, %s", where, JAR).isTrue();
                    CommandLine cl = Cli.commandLine(NOWHERE, NOWHERE);
                    try {
                        cl.parseArgs(withoutRedirect(args).toArray(String[]::new));
                    } catch (CommandLine.ParameterException e) {
                        throw new AssertionError(where + ": " + e.getMessage(), e);
                    }
                    fundingrules++;
                } else if (step.get(0).equals("mvn")) {
                    for (String a : step) {
                        if (a.startsWith("-P")) {
                            for (String profile : a.substring(2).split(",")) {
                                assertThat(pom).as("%s: profile %s in pom.xml", where, profile)
                                        .contains("<id>" + profile + "</id>");
                            }
                        }
                        if (a.startsWith("-Dtest=")) {
                            for (String test : a.substring(7).split(",")) {
                                String cls = test.replaceAll("#.*", "");
                                try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
                                    assertThat(files.anyMatch(f -> f.getFileName().toString().equals(cls + ".java")))
                                            .as("%s: test class %s", where, cls).isTrue();
                                }
                            }
                        }
                    }
                    maven++;
                }
                for (int i = 0; i < step.size(); i++) {
                    String a = step.get(i);
                    boolean written = i > 0 && Set.of(">", "--out", "--html").contains(step.get(i - 1));
                    if (!written && a.matches("(examples|docs|rules|bin|bench|src)/.*")) {
                        assertThat(Path.of(a)).as("%s: %s exists", where, a).exists();
                    }
                }
            }
        }
        assertThat(fundingrules).isGreaterThanOrEqualTo(15);
        assertThat(maven).isGreaterThanOrEqualTo(3);
    }

    /** The output blocks whose commands use the packaged rules (the fast tier). */
    @Test
    void outputsAreWhatTheCommandsPrint() throws Exception {
        assertThat(runOutputs(false)).isGreaterThanOrEqualTo(5);
    }

    /** Every output block, those whose commands compile a rules folder too. */
    @Test
    @Tag("full")
    void outputsWithARulesFolderAreWhatTheCommandsPrint() throws Exception {
        assertThat(runOutputs(true)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void jsonBlocksParseAndCaseFilesAreValidCases() throws Exception {
        int cases = 0;
        for (Block b : DocBlocks.checked()) {
            if (b.language().equals("json")) {
                JsonNode node;
                try {
                    node = STRICT.readTree(b.text());
                } catch (IOException e) {
                    throw new AssertionError(b.where() + ": not JSON: " + e.getMessage(), e);
                }
                if (node.has("referenceDate")) {
                    assertThat(FundingJson.readCase(b.text()).referenceDate()).as(b.where()).isNotNull();
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(1);
    }

    @Test
    void xmlBlocksAreWellFormedAndNameThisVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int dependencies = 0;
        for (Block b : DocBlocks.checked()) {
            if (!b.language().equals("xml")) {
                continue;
            }
            org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<snippet>" + b.text() + "</snippet>")));
            NodeList deps = d.getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                Element dep = (Element) deps.item(i);
                String group = text(dep, "groupId");
                String artifact = text(dep, "artifactId");
                String version = text(dep, "version");
                if (group.equals("org.fundingrules")) {
                    assertThat(artifact).as(b.where()).isEqualTo("fundingrules");
                    assertThat(version).as(b.where()).isEqualTo(FundingRules.version());
                } else {
                    // a third-party dependency at the version this build uses
                    Matcher v = Pattern.compile("<artifactId>" + Pattern.quote(artifact)
                            + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
                    assertThat(v.find()).as("%s: %s:%s in pom.xml", b.where(), group, artifact).isTrue();
                    String ours = v.group(1);
                    if (ours.startsWith("${")) {
                        String property = ours.substring(2, ours.length() - 1);
                        Matcher p = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
                        assertThat(p.find()).as("property %s in pom.xml", property).isTrue();
                        ours = p.group(1);
                    }
                    assertThat(version).as("%s: %s:%s as in pom.xml", b.where(), group, artifact).isEqualTo(ours);
                }
                dependencies++;
            }
        }
        assertThat(dependencies).isGreaterThanOrEqualTo(3);
    }

    /** Every relative link of the documents names a file that exists and, after {@code #}, one of its headings. */
    @Test
    void linksPointToFilesAndHeadingsThatExist() throws Exception {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        int anchors = 0;
        for (Path doc : DocBlocks.CHECKED) {
            String text = Files.readString(doc).replaceAll("(?s)```.*?```", "");
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;   // https:, mailto:
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? doc : doc.resolveSibling(file).normalize();
                assertThat(resolved).as("%s: link %s", doc, target).exists();
                if (target.contains("#")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    List<String> headings = Files.readAllLines(resolved).stream().filter(l -> l.matches("#{1,6} .*"))
                            .map(l -> l.replaceFirst("#{1,6} ", "").toLowerCase(java.util.Locale.ROOT)
                                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                            .toList();
                    assertThat(headings).as("%s: link %s", doc, target).contains(anchor);
                    anchors++;
                }
            }
        }
        assertThat(anchors).isGreaterThanOrEqualTo(10);
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    /** Runs the commands of every output block (those with a rules folder only when asked); returns how many. */
    private int runOutputs(boolean withRulesFolders) throws Exception {
        int checked = 0;
        for (Path doc : DocBlocks.CHECKED) {
            Map<String, Path> files = new HashMap<>();   // names the commands write or copy, to their place in temp
            Path dir = Files.createDirectories(temp.resolve(doc.getFileName().toString()));
            Block lastShell = null;
            for (Block b : DocBlocks.of(doc)) {
                if (b.language().equals("shell")) {
                    lastShell = b;
                    continue;
                }
                Matcher m = b.comment() == null ? null : OUTPUT.matcher(b.comment());
                if (m == null || !m.matches()) {
                    continue;
                }
                assertThat(lastShell).as("%s: a shell block before the output", b.where()).isNotNull();
                if (m.group(2) != null) {
                    Path copy = dir.resolve(m.group(2));
                    if (!Files.exists(copy)) {
                        AuthoringFixtures.copyTree(Path.of("rules"), copy);
                        AuthoringFixtures.replace(copy.resolve(m.group(3)), m.group(4), m.group(5));
                    }
                    files.put(m.group(2), copy);
                }
                List<List<String>> commands = steps(lastShell).stream().map(DocSnippetsTest::cliArgs)
                        .filter(a -> a != null).toList();
                boolean compiles = commands.stream().anyMatch(a -> a.contains("--rules"));
                if (compiles && !withRulesFolders) {
                    // its commands still run in the full tier, and the files they write are made here for later blocks
                    for (List<String> args : commands) {
                        run(args, files, dir, false);
                    }
                    continue;
                }
                CliRun last = null;
                for (List<String> args : commands) {
                    last = run(args, files, dir, true);
                }
                assertThat(last).as("%s: commands to run", lastShell.where()).isNotNull();
                int exit = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                assertThat(last.code()).as("%s: exit code; stderr %s", b.where(), last.err()).isEqualTo(exit);
                matches(b, (last.out() + last.err()).lines().toList());
                checked++;
            }
        }
        return checked;
    }

    /** Runs one command; a {@code > file} redirect writes its stdout to a file of the temporary folder. */
    private static CliRun run(List<String> args, Map<String, Path> files, Path dir, boolean really) throws IOException {
        List<String> mapped = new ArrayList<>();
        for (String a : withoutRedirect(args)) {
            mapped.add(files.containsKey(a) ? files.get(a).toString() : a);
        }
        if (!really && mapped.contains("--rules")) {
            return null;
        }
        CliRun r = CliRun.run(mapped.toArray(String[]::new));
        int redirect = args.indexOf(">");
        if (redirect >= 0) {
            Path target = dir.resolve(args.get(redirect + 1));
            Files.writeString(target, r.out());
            files.put(args.get(redirect + 1), target);
        }
        return r;
    }

    /** The block's lines, in order, in {@code actual}: {@code ...} stands for any lines, {@code …} for any text. */
    private static void matches(Block block, List<String> actual) {
        List<String> expected = block.text().lines().toList();
        int at = 0;
        boolean skip = false;
        for (String line : expected) {
            if (line.strip().equals("...")) {
                skip = true;
                continue;
            }
            Pattern p = Pattern.compile(String.join(".*", java.util.Arrays.stream(line.split("…", -1))
                    .map(Pattern::quote).toList()));
            int found = -1;
            for (int i = at; i < actual.size() && (skip || i == at); i++) {
                if (p.matcher(actual.get(i)).matches()) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw new AssertionError(block.where() + ": the command does not print \"" + line + "\""
                        + (skip ? " after line " + at : " at line " + (at + 1)) + " of its output, which reads there:\n"
                        + String.join("\n", actual.subList(Math.max(0, at - 2), Math.min(actual.size(), at + 10))));
            }
            at = found + 1;
            skip = false;
        }
        if (!skip) {
            assertThat(at).as("%s: the output shown ends where the command's does (end with ... otherwise)",
                    block.where()).isEqualTo(actual.size());
        }
    }

    /** The commands of a shell block: its lines split at {@code &&}, each into words (quotes kept together). */
    static List<List<String>> steps(Block b) {
        List<List<String>> out = new ArrayList<>();
        for (String line : b.text().lines().toList()) {
            String code = line.replaceAll("\\s+#\\s.*$", "").strip();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            for (String part : code.split("&&")) {
                List<String> words = words(part.strip());
                while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
                    words.remove(0);   // an environment variable set for the command
                }
                if (words.get(0).equals("cd")) {
                    continue;
                }
                out.add(words);
            }
        }
        return out;
    }

    /** The CLI's arguments of a command that runs fundingrules, or null for another command. */
    static List<String> cliArgs(List<String> step) {
        if (step.size() >= 3 && step.get(0).equals("java") && step.get(1).equals("-jar")
                && step.get(2).matches("target/fundingrules-.*\\.jar")) {
            return step.subList(3, step.size());
        }
        if (step.get(0).equals("bin/fundingrules") || step.get(0).equals("fundingrules")) {
            return step.subList(1, step.size());
        }
        return null;
    }

    private static List<String> withoutRedirect(List<String> args) {
        int redirect = args.indexOf(">");
        return redirect < 0 ? args : args.subList(0, redirect);
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|([^\\s'\"]+)").matcher(command);
        StringBuilder current = null;
        int end = -1;
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (current != null && m.start() == end) {
                current.append(w);   // -Dtest='X#y': one word
            } else {
                if (current != null) {
                    words.add(current.toString());
                }
                current = new StringBuilder(w);
            }
            end = m.end();
        }
        if (current != null) {
            words.add(current.toString());
        }
        return words;
    }
}
