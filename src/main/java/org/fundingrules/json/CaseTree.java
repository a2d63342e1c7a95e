package org.fundingrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.List;
import org.fundingrules.trace.Problem;

/**
 * Reads a case document into a tree, as the parser's own tree reader would (the parser keeps its limits on nesting,
 * numbers, texts and length), with two differences that let every problem of a document come back at once:
 * <ul>
 *   <li>a key given twice in one object is a problem added to the list (the first value is kept), not the end of
 *   reading;</li>
 *   <li>a number written with an exponent ({@code 1.5e1}) is kept as written, as an {@link ExponentNumber}, never
 *   turned into a decimal: only a number whose text is its plain decimal is taken as exact, and {@code 1e999999999}
 *   must never be expanded.</li>
 * </ul>
 */
final class CaseTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final List<Problem> problems;

    private CaseTree(JsonParser parser, List<Problem> problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The next value of {@code parser} as a tree, or null at the end of input; duplicate keys added to {@code problems}. */
    static JsonNode read(JsonParser parser, List<Problem> problems) throws IOException {
        JsonToken t = parser.nextToken();
        return t == null ? null : new CaseTree(parser, problems).value(t, "$");
    }

    private JsonNode value(JsonToken t, String path) throws IOException {
        switch (t) {
            case START_OBJECT:
                return object(path);
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken n = parser.nextToken(); n != JsonToken.END_ARRAY; n = parser.nextToken()) {
                    array.add(value(n, path + "[" + array.size() + "]"));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                String text = parser.getText();
                return text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? new ExponentNumber(text)
                        : NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // the parser gives only whole values here; anything else is not JSON
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private ObjectNode object(String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (JsonToken n = parser.nextToken(); n != JsonToken.END_OBJECT; n = parser.nextToken()) {
            String key = parser.currentName();
            var at = parser.currentTokenLocation();
            JsonToken v = parser.nextToken();
            if (object.has(key)) {
                problems.add(new Problem(path + "." + key, "duplicate_key", "the key '" + key + "' appears twice in "
                        + "one object (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
                parser.skipChildren();   // read (the parser still checks it), then left out: the first value stands
            } else {
                object.set(key, value(v, path + "." + key));
            }
        }
        return object;
    }

    /** A JSON number written with an exponent, kept as its text; refused wherever a value is expected. */
    static final class ExponentNumber extends POJONode {
        ExponentNumber(String text) {
            super(text);
        }

        String text() {
            return (String) getPojo();
        }
    }
}
