package org.fundingrules.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published schema applied the way a portal would apply it: the bytes decoded as UTF-8 (a leading byte-order mark
 * dropped, as the library does), parsed by a strict JSON parser with no size limits of its own (so the schema alone
 * has to bound sizes), then validated. Error locations are written as the library writes JSON paths.
 */
final class SchemaCheck {
    static final Path CASE = Path.of("docs/schema/case.schema.json");
    static final Path VERDICT = Path.of("docs/schema/verdict.schema.json");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper PARSER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                            .maxNumberLength(1_000_000).maxStringLength(Integer.MAX_VALUE)
                            .maxDocumentLength(-1).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** What the schema side made of an input: not text, not JSON, or valid unless it has errors at these paths. */
    record Result(String refusedBefore, List<String> paths, List<String> messages) {
        boolean valid() {
            return refusedBefore == null && paths.isEmpty();
        }
    }

    private final Schema schema;

    private SchemaCheck(Path file) {
        try {
            this.schema = REGISTRY.getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaCheck forCases() {
        return new SchemaCheck(CASE);
    }

    static SchemaCheck forVerdicts() {
        return new SchemaCheck(VERDICT);
    }

    /** The files of this name in the example folders ({@code case.json}, {@code expected.json}), sorted. */
    static java.util.stream.Stream<Path> exampleFiles(String name) throws IOException {
        try (java.util.stream.Stream<Path> dirs = Files.list(Path.of("examples"))) {
            return dirs.map(d -> d.resolve(name)).filter(Files::exists).sorted().toList().stream();
        }
    }

    Result check(String json) {
        return check(json.getBytes(StandardCharsets.UTF_8));
    }

    Result check(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result("not UTF-8", List.of(), List.of(e.toString()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = PARSER.readTree(text);
        } catch (RuntimeException e) {
            return new Result("not a JSON text", List.of(), List.of(String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("")));
        }
        if (node == null || node.isMissingNode()) {
            return new Result("not a JSON text", List.of(), List.of("no JSON value"));
        }
        TreeSet<String> paths = new TreeSet<>();
        List<Error> errors = schema.validate(node);
        for (Error e : errors) {
            paths.add(path(e));
        }
        return new Result(null, List.copyOf(paths), errors.stream().map(e -> path(e) + ": " + e.getMessage()).toList());
    }

    /** The error's location in the library's notation; a missing or extra property is named as the library does. */
    private static String path(Error e) {
        StringBuilder b = new StringBuilder("$");
        NodePath at = e.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            b.append(element instanceof Integer n ? "[" + n + "]" : "." + element);
        }
        if (e.getProperty() != null && List.of("required", "additionalProperties").contains(e.getKeyword())) {
            b.append('.').append(e.getProperty());
        }
        return b.toString();
    }
}
