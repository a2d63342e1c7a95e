package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fundingrules.engine.Bundles;
import org.fundingrules.engine.RuleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped languages are complete: every message key the DRL files and the library's Java code use has a text in
 * English and in French, the bundles have the same keys, a translation uses the same placeholders as the English, and
 * no bundle keeps a key nothing uses.
 */
class MessagesCompletenessTest {
    private static final Pattern PARAMETER_KEY = Pattern.compile("^([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+):\\s*$",
            Pattern.MULTILINE);

    private static Bundles bundles;
    /** Key to where it is used first ("file:line"), over every DRL file and every main Java source. */
    private static final SortedMap<String, String> used = new TreeMap<>();
    private static final Set<String> parameterKeys = new TreeSet<>();

    @BeforeAll
    static void scan() throws IOException {
        RuleFiles files = RuleFiles.folder(Path.of("rules"));
        bundles = Bundles.of(files);
        Set<String> namespaces = new TreeSet<>(Lint.LIBRARY_NAMESPACES);
        for (String path : files.files().keySet()) {
            if (path.endsWith(".drl")) {
                namespaces.add(org.fundingrules.engine.Engine.familyOf(path));
            }
            if (path.contains("/parameters/") && path.endsWith(".yaml")) {
                Matcher m = PARAMETER_KEY.matcher(files.text(path));
                while (m.find()) {
                    parameterKeys.add(m.group(1));
                }
            }
        }
        for (String path : files.files().keySet()) {
            if (path.endsWith(".drl")) {
                collect("rules/" + path, files.text(path), namespaces);
            }
        }
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            // the HTML report's labels are keys of its own bundle (report*.properties, checked by HtmlReportTest),
            // and it names rule ids such as "budget.sme_share": neither is a key of the rules' messages
            Path report = Path.of("src/main/java/org/fundingrules/report");
            for (Path p : (Iterable<Path>) java.filter(p -> p.toString().endsWith(".java") && !p.startsWith(report))
                    ::iterator) {
                collect(p.toString(), Files.readString(p), namespaces);
            }
        }
    }

    private static void collect(String file, String text, Set<String> namespaces) {
        for (Map.Entry<String, Integer> e : Lint.messageKeys(text, namespaces, parameterKeys).entrySet()) {
            used.putIfAbsent(e.getKey(), file + ":" + e.getValue());
        }
    }

    @Test
    void englishAndFrenchAreShipped() {
        assertThat(bundles.languages()).containsExactly("en", "fr");
    }

    @Test
    void theScanFindsTheKeysOfEveryFamilyAndOfTheLibrary() {
        // guards the scan itself: a regex that found nothing would make the other tests pass vacuously
        assertThat(used).containsKeys("fstp.topic.statement", "budget.share.fix", "eligibility.status.eligible",
                "sme.status.statement", "state_aid.de_minimis.ceiling.over", "judge.at_most.over", "verdict.failed");
        assertThat(used.size()).isGreaterThan(200);
    }

    @Test
    void everyKeyUsedHasATextInEveryLanguage() {
        for (String lang : bundles.languages()) {
            assertThat(used.keySet()).as("keys used but missing in %s (first use: %s)", lang, used)
                    .allSatisfy(k -> assertThat(bundles.patterns(lang)).as("%s in %s, used at %s", k, lang,
                            used.get(k)).containsKey(k));
        }
    }

    @Test
    void theBundlesHaveTheSameKeys() {
        assertThat(bundles.patterns("fr").keySet()).isEqualTo(bundles.patterns("en").keySet());
    }

    @Test
    void everyNumericParameterIsNamedInEveryLanguage() {
        Set<String> terms = new TreeSet<>(bundles.patterns("en").keySet());
        terms.removeIf(k -> !k.startsWith(Bundles.PARAMETER_TERM));
        assertThat(terms).contains("param.state_aid.de_minimis_2831.ceiling", "param.budget.sme_share.min",
                "param.fstp.max_per_third_party", "param.sme.staff.medium");
        assertThat(bundles.patterns("fr")).containsKeys(terms.toArray(String[]::new));
    }

    @Test
    void aTranslationUsesTheSamePlaceholdersAsTheEnglish() {
        for (var e : bundles.patterns("en").entrySet()) {
            String fr = bundles.patterns("fr").get(e.getKey());
            if (fr != null) {
                assertThat(Bundles.placeholders(fr)).as("placeholders of %s in French", e.getKey())
                        .isEqualTo(Bundles.placeholders(e.getValue()));
            }
        }
    }

    @Test
    void noBundleKeepsAKeyNothingUses() {
        Set<String> unused = new TreeSet<>(bundles.patterns("en").keySet());
        unused.removeAll(used.keySet());
        // parameter names are used through Parameter.term(); the separator through Message.list
        unused.removeIf(k -> k.startsWith(Bundles.PARAMETER_TERM) || k.equals("list.separator"));
        assertThat(unused).isEmpty();
    }

    @Test
    void theFrenchIsATranslationNotACopy() {
        long same = bundles.patterns("en").entrySet().stream()
                .filter(e -> e.getValue().equals(bundles.patterns("fr").get(e.getKey()))).count();
        // only texts made of placeholders and punctuation read the same ({0} ({1}), {0}, {1}, ...)
        assertThat(bundles.patterns("en").entrySet().stream()
                .filter(e -> e.getValue().equals(bundles.patterns("fr").get(e.getKey())))
                .map(Map.Entry::getValue))
                .allSatisfy(v -> assertThat(v.replaceAll("\\{\\d+}", "")).matches("[\\s(),;:.%]*"));
        assertThat(same).isLessThan(10);
    }
}
