package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Problem;

/** docs/problems.md lists every problem code the library can emit, and no other (issue 16: the error contract). */
public class ProblemCodesDocumentedTest {
    /** The code of every {@code new Problem(path, "code", ...)} in the main sources. */
    static Set<String> emitted() throws IOException {
        Pattern p = Pattern.compile("new (?:org\\.fundingrules\\.)?Problem\\((?:[^,\"]|\"[^\"]*\")*,\\s*\"(\\w+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        // Bean Validation: the constraint's name is the code (CaseValidator)
        Pattern constraint = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Pattern|DecimalMin|DecimalMax|Digits|Min"
                + "|Max|Positive|PositiveOrZero|Negative|NegativeOrZero|Past|Future|AssertTrue|AssertFalse)\\b");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/fundingrules/model"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = constraint.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    /** Every code named in backquotes in the first column of a table of docs/problems.md. */
    public static Set<String> documented() throws IOException {
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| ((?:`\\w+`(?:, )?)+) \\|").matcher(Files.readString(Path.of("docs/problems.md")));
        while (m.find()) {
            Matcher c = Pattern.compile("`(\\w+)`").matcher(m.group(1));
            while (c.find()) {
                codes.add(c.group(1));
            }
        }
        return codes;
    }

    @Test
    void everyCodeIsDocumentedAndEveryDocumentedCodeIsEmitted() throws IOException {
        Set<String> emitted = emitted();
        assertThat(emitted).hasSizeGreaterThan(30).contains("sub_cent_amount", "structure_too_large", "NotNull");
        assertThat(documented()).isEqualTo(emitted);
    }
}
