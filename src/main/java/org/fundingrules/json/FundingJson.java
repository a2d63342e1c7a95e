package org.fundingrules.json;

import org.fundingrules.trace.InputValue;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.engine.ParameterTable;
import org.fundingrules.model.CaseFile;

/**
 * Reads case files and writes evaluations as JSON. Thread-safe; all methods are static.
 */
public final class FundingJson {
    /** Deepest nesting accepted in an input document; a case file needs fewer than ten levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /**
     * Largest document accepted, in bytes: 8 MiB, far above the largest case the resource limits let through (1 000
     * third parties with five awards each is 0.9 MB), and small enough that the densest document of this size (a
     * list of tiny objects) is read, checked and refused within the 256 MB heap bound (HeapBoundTest).
     */
    public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

    private static final ObjectMapper MAPPER = build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private FundingJson() {
    }

    /** The shared mapper (hardened, money and dates registered). Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new MoneyModule())
                .addModule(new SimpleModule("fundingrules-trace")
                        .addDeserializer(InputValue.class, new InputValueReader()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /**
     * Reads and validates a case file.
     *
     * @throws InvalidCaseException carrying every problem, by JSON path, when the document is malformed or invalid
     */
    public static CaseFile readCase(InputStream json) {
        try {
            // never more than one byte past the limit in memory, whatever the stream holds
            return readCase(json.readNBytes((int) MAX_DOCUMENT_LENGTH + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates a case file from a string. */
    public static CaseFile readCase(String json) {
        // every char is at least one byte in UTF-8: a string this long is refused before it is encoded (a hostile
        // case of 150 million characters took 0.2 s of CPU and 574 MB to encode, only to be refused)
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw tooLong();
        }
        return readCase(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads and validates a case file from its bytes, which must be UTF-8 (a leading byte-order mark is ignored).
     *
     * @throws InvalidCaseException carrying every problem, by JSON path, when the document is not UTF-8, is
     *     malformed or is invalid
     */
    public static CaseFile readCase(byte[] json) {
        if (json.length > MAX_DOCUMENT_LENGTH) {
            throw tooLong();
        }
        utf8(json);
        int bom = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF
                ? 3 : 0;
        // decoded here, as UTF-8: Jackson's own detection reads a document that starts with NUL bytes as UTF-16 or
        // UTF-32 (found by fuzzing: 42 bytes starting with five NULs ended in an UncheckedIOException)
        String text = new String(json, bom, json.length - bom, StandardCharsets.UTF_8);
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new InvalidCaseException(List.of(new Problem("$", "malformed_json", "the document is empty")));
        }
        JsonNode tree;
        // duplicate keys and numbers with an exponent are problems among the others, not the end of reading (CaseTree)
        ProblemList problems = new ProblemList();
        try (JsonParser parser = MAPPER.createParser(text)
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            try {
                tree = CaseTree.read(parser, problems);
                if (parser.nextToken() != null) {
                    problems.add(new Problem("$", "malformed_json", "trailing content after the document"
                            + where(parser)));
                    throw new InvalidCaseException(problems.all());
                }
            } catch (JsonProcessingException e) {
                problems.add(problem(e, parser));   // after any duplicate key found before it
                throw new InvalidCaseException(problems.all());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidCaseException(List.of(new Problem("$", "malformed_json", "the document is null")));
        }
        // every problem of shape first (types, dates, numbers, amounts, unknown properties), offending values nulled,
        // so that the records can still be bound and validated and every problem comes back at once
        JsonNode clean = CaseShape.clean(tree, CaseFile.class, problems);
        CaseFile parsed = null;
        if (clean.isObject()) {
            try {
                parsed = CaseBinder.bind(clean, CaseFile.class);
            } catch (IllegalArgumentException e) {
                // the shape check should leave nothing the binder refuses; if it does, say so in plain words
                problems.add(new Problem("$", "invalid_value", "the case file cannot be read as a case"));
            }
        }
        if (parsed != null) {
            try {
                CaseValidator.check(parsed);
            } catch (InvalidCaseException e) {
                // a value nulled above is reported once, for what it was, not again as missing; looked up by path and
                // by ancestor, so that many problems cost linear time (a pairwise test took 16 GB on 10 000 problems)
                java.util.NavigableSet<String> shaped = new java.util.TreeSet<>();
                problems.forEach(q -> shaped.add(q.path()));
                for (Problem p : e.problems()) {
                    boolean missing = p.code().equals("NotNull") || p.code().equals("NotBlank");
                    if (!underAny(p.path(), shaped) && !(missing && anyUnder(p.path(), shaped))) {
                        problems.add(p);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems.all());
        }
        return parsed;
    }

    /** Whether {@code path} is one of {@code paths} or inside one: each ancestor looked up ({@code $.a[0].b} -> {@code $.a[0]} -> {@code $.a} -> {@code $}). */
    private static boolean underAny(String path, java.util.NavigableSet<String> paths) {
        for (String p = path; ; ) {
            if (paths.contains(p)) {
                return true;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return false;
            }
            p = p.substring(0, cut);
        }
    }

    /** Whether one of {@code paths} lies inside {@code outer}. */
    private static boolean anyUnder(String outer, java.util.NavigableSet<String> paths) {
        String dot = paths.ceiling(outer + ".");
        String bracket = paths.ceiling(outer + "[");
        return dot != null && dot.startsWith(outer + ".") || bracket != null && bracket.startsWith(outer + "[");
    }

    /** Refuses bytes that are not UTF-8, naming the offset of the first bad byte (no replacement characters). */
    private static void utf8(byte[] json) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(json);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw new InvalidCaseException(List.of(new Problem("$", "invalid_encoding",
                        "the document is not UTF-8: invalid byte sequence at byte offset " + in.position())));
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /**
     * The evaluation as indented JSON with {@code \n} line ends; byte-identical for equal evaluations. Builds the
     * whole text in memory: for large evaluations use {@link #write(Evaluation, OutputStream)}.
     */
    public static String write(Evaluation evaluation) {
        return writeValue(evaluation);
    }

    /** The evaluation as compact JSON on one line, as {@code batch} writes it (the same mapper, no printer). */
    public static String writeLine(Evaluation evaluation) {
        try {
            return MAPPER.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evaluation", e);
        }
    }

    /** Any value (case file, verdict, problems) as deterministic indented JSON, as one String (small values). */
    public static String writeValue(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Streams the evaluation to {@code out} as UTF-8, the same bytes as {@link #write(Evaluation)}, without holding
     * the text in memory. Does not close {@code out}; flushes it.
     */
    public static void write(Evaluation evaluation, OutputStream out) throws IOException {
        writeValue(evaluation, out);
    }

    /** Streams any value to {@code out} as UTF-8, the same bytes as {@link #writeValue(Object)}; flushes, does not close. */
    public static void writeValue(Object value, OutputStream out) throws IOException {
        // through a Writer, as writeValueAsString goes: Jackson's UTF-8 generator would write a character beyond the
        // BMP (an emoji in a name) as two escapes, "\\uD83D\\uDE00", not as the String form's four UTF-8 bytes
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(
                new java.io.OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8))) {
            MAPPER.writer(PRINTER).writeValue(g, value);
        }
        out.write('\n');
        out.flush();
    }

    /** Keeps the caller's stream open when the generator closes (Jackson closes its target by default). */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * The canonical form of a value: object keys sorted, every array sorted by the canonical text of its elements,
     * nulls and empty arrays left out. Two case files that differ only in the order of their arrays have the same canonical form.
     */
    public static byte[] canonicalBytes(Object value) {
        return CanonicalForm.bytes(value);
    }

    private static InvalidCaseException tooLong() {
        return new InvalidCaseException(List.of(new Problem("$", "limit_exceeded", "the document is longer than "
                + MAX_DOCUMENT_LENGTH + " bytes")));
    }

    private static String where(JsonParser p) {
        var l = p.currentLocation();
        return " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }

    private static Problem problem(JsonProcessingException e, JsonParser parser) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamConstraintsException limit) {
                // the parser stopped on the offending value: its context names it
                String at = parser.getParsingContext() == null ? "$"
                        : pointerToPath(parser.getParsingContext().pathAsPointer());
                return new Problem(at, "limit_exceeded", limit(limit.getMessage()) + where(parser));
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException sre) {
                return readProblem(sre);
            }
        }
        return new Problem("$", "malformed_json", "the document is not well-formed JSON" + where(e));
    }

    /** A size limit of the reader in words, with the limit (Jackson names its own configuration). */
    private static String limit(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the document nests arrays and objects deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (m.contains("number")) {
            return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (m.contains("string")) {
            return "a text is longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("document")) {
            return "the document is longer than " + MAX_DOCUMENT_LENGTH + " bytes";
        }
        return "the document exceeds a size limit of the reader";
    }

    private static Problem readProblem(StreamReadException e) {
        String path = null;
        JsonParser p = e.getProcessor();
        if (p != null && p.getParsingContext() != null) {
            path = pointerToPath(p.getParsingContext().pathAsPointer());
        }
        if (path == null) {
            path = "$";
        }
        String message = syntax(ValueWords.firstLine(e.getOriginalMessage()));
        if (message.startsWith("Duplicate field")) {
            return new Problem(path, "duplicate_key", message.replace("Duplicate field", "the key") + " appears twice "
                    + "in one object" + where(e));
        }
        return new Problem(path, "malformed_json", "the document is not well-formed JSON: " + message + where(e));
    }

    /** The JSON reader's account of a syntax error, without its internal names (tokens, sources, character codes). */
    private static String syntax(String message) {
        return message.replaceAll("\\s*\\[Source:.*", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\(JsonToken\\.([A-Z_]+)\\)", "$1")
                .replace("JsonToken.", "")
                .replace("`", "")
                .replace("Unrecognized token", "unrecognized word")
                .replaceAll("Unexpected character \\((.*?)\\)", "unexpected character $1")
                .replace("Unexpected end-of-input", "the document ends before it is complete")
                .replace("was expecting comma to separate Object entries", "expected a comma between the entries of an object")
                .replace("was expecting comma to separate Array entries", "expected a comma between the items of a list")
                .replace("was expecting double-quote to start field name", "expected a property name in double quotes")
                .replace("was expecting", "expected")
                .trim();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String pointerToPath(JsonPointer pointer) {
        StringBuilder b = new StringBuilder("$");
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                b.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                b.append('.').append(p.getMatchingProperty());
            }
        }
        return b.toString();
    }


    /** A JSON value as a person reads it: a number in plain notation, text without quotes, anything else as JSON. */
    public static String display(Object value) {
        JsonNode v = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
        if (v.isBigDecimal()) {
            return v.decimalValue().toPlainString();
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** A trace's input value read back as the JSON tree it was written from (a JSON null as a null node). */
    private static final class InputValueReader extends StdDeserializer<InputValue> {
        private static final long serialVersionUID = 1L;

        InputValueReader() {
            super(InputValue.class);
        }

        @Override
        public InputValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            JsonNode path = node.get("path");
            if (path == null || !path.isTextual()) {
                return (InputValue) ctxt.handleUnexpectedToken(InputValue.class, p);
            }
            JsonNode value = node.get("value");
            return new InputValue(path.asText(), value == null ? NullNode.getInstance() : value);
        }
    }
}
