package org.fundingrules.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundingrules.json.ValueWords;
import org.fundingrules.trace.RulesLoadException.RuleError;

/** {@code sources.yaml}: the register of legal instruments that rules and parameters cite. */
public final class SourceRegister {
    /** One legal instrument, as {@code sources.yaml} describes it (rules/README.md, "Citations"). */
    public record Source(String title, String reference, String celex, String eli, String ecli, String commissionDecision,
                  String doi, String url, String versionUsed, String status) {
    }

    private SourceRegister() {
    }

    /** The register of a rule set, by source id; every error in it is added to {@code errors}. */
    public static Map<String, Source> load(RuleFiles files, List<RuleError> errors) {
        String text = files.text("sources.yaml");
        if (text == null) {
            errors.add(new RuleError("sources.yaml", 0, "missing"));
            return Map.of();
        }
        try {
            Map<String, Source> read = ParameterTable.readYaml(text, new TypeReference<TreeMap<String, Source>>() {
            });
            if (read == null) {
                return Map.of();
            }
            read.forEach((id, s) -> {
                if (s == null || s.title() == null || s.reference() == null) {
                    errors.add(new RuleError("sources.yaml", ParameterTable.lineOf(text, id + ":"),
                            "source '" + id + "' needs a title and a reference"));
                }
            });
            return Map.copyOf(read);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new RuleError("sources.yaml", line, ValueWords.firstLine(e.getOriginalMessage())));
            return Map.of();
        }
    }
}
