package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * The validator's messages without the expression-language engine ({@link PlainMessages}) are the messages of
 * Hibernate Validator's default interpolator, which evaluates the expressions: on an example case with one leaf
 * replaced by a value that breaks its constraint (negative, too large, empty, too long, malformed), the two give
 * the same violations with the same words, for every leaf and every such value.
 */
class PlainMessagesTest {
    private static final Validator WITH_EL = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Validator PLAIN = Validation.byDefaultProvider().configure()
            .messageInterpolator(new PlainMessages()).buildValidatorFactory().getValidator();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> BAD = List.of(F.numberNode(-1), F.numberNode(0), F.textNode("-0.01"),
            F.textNode("0"), F.textNode("1000000000000"), F.numberNode(101), F.numberNode(13), F.textNode(""),
            F.textNode("x".repeat(300)), F.textNode("not a code"), F.numberNode(1_000_001), F.textNode("-1000001"),
            F.numberNode(2));

    @Test
    void plainMessagesAreTheDefaultInterpolatorsMessages() throws Exception {
        List<JsonNode> leaves = new ArrayList<>();
        List<JsonNode> caseOf = new ArrayList<>();
        for (String example : List.of("amulet", "sme-group", "state-aid")) {
            JsonNode c = FundingJson.mapper().readTree(Files.readAllBytes(Path.of("examples", example, "case.json")));
            int before = leaves.size();
            leaves(c, leaves);
            for (int i = before; i < leaves.size(); i++) {
                caseOf.add(c);
            }
        }
        List<String> kinds = new ArrayList<>();
        // every leaf with every value: a random sample of them may miss the few fields with a DecimalMax
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            for (JsonNode bad : BAD) {
                JsonNode edited = replaced(caseOf.get(leaf), leaves.get(leaf), bad);
                CaseFile file;
                try {
                    file = FundingJson.mapper().treeToValue(edited, CaseFile.class);
                } catch (Exception notACase) {
                    continue;   // the edit broke the shape, not a constraint: nothing to interpolate
                }
                var withEl = messages(WITH_EL, file);
                assertThat(messages(PLAIN, file)).as("%s := %s", leaves.get(leaf), bad).isEqualTo(withEl);
                kinds.addAll(withEl.values());
            }
        }
        // the edits reached the constraints whose templates hold an expression
        assertThat(String.join("\n", kinds)).contains("must be greater than or equal to")
                .contains("must be less than or equal to");
    }

    private static Map<String, String> messages(Validator v, CaseFile file) {
        return v.validate(file).stream().collect(Collectors.toMap(
                x -> x.getPropertyPath() + " " + x.getConstraintDescriptor().getAnnotation().annotationType().getName()
                        + " " + x.getMessageTemplate(),
                x -> x.getMessage(), (a, b) -> String.join(" | ", new TreeSet<>(List.of(a, b))),
                java.util.TreeMap::new));
    }

    private static void leaves(JsonNode node, List<JsonNode> out) {
        if (node.isValueNode()) {
            out.add(node);
        }
        node.forEach(child -> leaves(child, out));
    }

    /** A copy of the case with the one leaf (by identity) replaced. */
    private static JsonNode replaced(JsonNode node, JsonNode leaf, JsonNode with) {
        if (node == leaf) {
            return with;
        }
        if (node instanceof ObjectNode o) {
            ObjectNode copy = F.objectNode();
            o.fields().forEachRemaining(e -> copy.set(e.getKey(), replaced(e.getValue(), leaf, with)));
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = F.arrayNode();
            a.forEach(e -> copy.add(replaced(e, leaf, with)));
            return copy;
        }
        return node;
    }
}
