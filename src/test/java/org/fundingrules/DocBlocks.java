package org.fundingrules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown file, each with its language and the comment line just before it. */
public final class DocBlocks {
    /** The documents whose every snippet the tests compile, parse or run. */
    public static final List<Path> CHECKED = List.of(Path.of("README.md"), Path.of("docs/cli.md"),
            Path.of("docs/java-api.md"), Path.of("docs/auditing.md"), Path.of("docs/case-file.md"),
            Path.of("docs/testing.md"));

    /**
     * One fenced block.
     *
     * @param file the Markdown file
     * @param line the 1-based line of its opening fence
     * @param language the word after the opening fence, or "" when there is none
     * @param text its content, each line ended by {@code \n}
     * @param comment the HTML comment on the last non-blank line before the fence ({@code <!-- ... -->}, its inside
     *     stripped), or null
     */
    public record Block(Path file, int line, String language, String text, String comment) {
        public String where() {
            return file + ":" + line;
        }
    }

    private DocBlocks() {
    }

    /** Every fenced block of a file, in order. */
    public static List<Block> of(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        String lastNonBlank = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                String language = l.substring(3).strip();
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).equals("```")) {
                    text.append(lines.get(j)).append('\n');
                    j++;
                }
                if (j == lines.size()) {
                    throw new AssertionError(file + ":" + (i + 1) + ": a fenced block that is never closed");
                }
                String comment = lastNonBlank != null && lastNonBlank.startsWith("<!--") && lastNonBlank.endsWith("-->")
                        ? lastNonBlank.substring(4, lastNonBlank.length() - 3).strip() : null;
                out.add(new Block(file, i + 1, language, text.toString(), comment));
                i = j;
                lastNonBlank = null;
            } else if (!l.isBlank()) {
                lastNonBlank = l.strip();
            }
        }
        return out;
    }

    /** The block between {@code // README:begin} and {@code // README:end} of a source file, dedented. */
    public static String markedSnippet(Path source) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end",
                java.util.regex.Pattern.DOTALL).matcher(Files.readString(source));
        if (!m.find()) {
            throw new AssertionError("no README markers in " + source);
        }
        List<String> lines = m.group(1).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l).toList());
    }

    /** The assertion-kit example that docs/auditing.md shows: a test of the auditor example project. */
    public static String kitSnippet() throws IOException {
        return markedSnippet(
                Path.of("examples/auditor-junit/src/test/java/org/fundingrules/examples/audit/AmuletAuditTest.java"));
    }

    /** Every block of every checked document. */
    public static List<Block> checked() throws IOException {
        List<Block> all = new ArrayList<>();
        for (Path p : CHECKED) {
            all.addAll(of(p));
        }
        return all;
    }
}
