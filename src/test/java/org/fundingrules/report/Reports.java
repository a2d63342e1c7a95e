package org.fundingrules.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.TestCases;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/** The example cases and a hostile one, evaluated and rendered, for the report tests. */
final class Reports {
    /** An enterprise name that would run if it were not escaped. */
    static final String SCRIPT_NAME = "<script>alert(\"pwned\")</script>";
    /** A third-party name that would fetch if it were not escaped. */
    static final String IMG_NAME = "<img src=x onerror=alert(1)> & 'Co'";
    /** Free text the rules read and the trace shows. */
    static final String OBJECTIVES = "Objectives </table><svg onload=alert(2)> & https://evil.example/x.js";

    private Reports() {
    }

    /** The case and its evaluation. */
    record Judged(CaseFile caseFile, Evaluation evaluation) {
        String html() {
            return HtmlReport.render(evaluation, caseFile);
        }

        /** The report in a language, its statements, reasons and summaries from the packaged rules' bundles. */
        String html(java.util.Locale language) {
            return HtmlReport.render(evaluation, caseFile, TestCases.RULES.messages(), language);
        }
    }

    static Judged example(String name) {
        return judge(read(Path.of("examples", name, "case.json")));
    }

    static Judged judge(String json) {
        CaseFile c = FundingJson.readCase(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Judged(c, TestCases.RULES.evaluate(c));
    }

    /** The SME-group example with script, markup and a remote address in the names and texts it carries. */
    static Judged hostile() {
        try {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = (ObjectNode) m.readTree(read(Path.of("examples/sme-group/case.json")));
            root.withArray("enterprises").forEach(e -> {
                if (e.get("id").asText().equals("gamma")) {
                    ((ObjectNode) e).put("name", SCRIPT_NAME);
                }
            });
            ((ObjectNode) root.withArray("thirdParties").get(0)).put("name", IMG_NAME);
            ((ObjectNode) root.withArray("openCalls").get(0)).put("objectives", OBJECTIVES);
            return judge(m.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
