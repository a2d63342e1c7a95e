package org.fundingrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;

/**
 * The canonical form of a value, from which the input digest of every evaluation is taken: object keys sorted, every
 * array sorted by the canonical text of its elements, nulls and empty arrays left out, decimals without trailing
 * zeros. It is defined as the shared mapper's tree of the value, so written ({@link #ofTree}); the case records are
 * walked directly, with the same result, because building the mapper's serializers for 33 record types took 5 % of
 * the main thread's samples on the way to a first verdict in a fresh JVM ({@code CanonicalFormProperties} compares
 * the two on generated cases).
 */
final class CanonicalForm {
    private static final String MODEL_PACKAGE = "org.fundingrules.model";
    /** A case record's components in name order, with their accessors. */
    private static final Map<Class<?>, Member[]> MEMBERS = new ConcurrentHashMap<>();

    private record Member(String name, Method accessor) {
    }

    private CanonicalForm() {
    }

    static byte[] bytes(Object value) {
        StringBuilder out = new StringBuilder(4096);
        value(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form as the definition gives it: from the mapper's tree of the whole value. */
    static byte[] ofTree(Object value) {
        StringBuilder out = new StringBuilder(4096);
        tree(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value's form; a value that is not of a case record's types goes through the mapper's tree. */
    private static void value(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quoted(s, out);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof BigDecimal d) {
            out.append(d.stripTrailingZeros().toPlainString());   // as the mapper's tree holds a decimal
        } else if (v instanceof LocalDate || v instanceof MonthDay) {
            quoted(v.toString(), out);   // ISO text, as the mapper writes dates
        } else if (v instanceof Enum<?> e) {
            quoted(e.name(), out);
        } else if (v instanceof MonetaryAmount m) {
            out.append("{\"amount\":");
            quoted(MoneyModule.text(m), out);
            out.append(",\"currency\":");
            quoted(m.getCurrency().getCurrencyCode(), out);
            out.append('}');
        } else if (v instanceof List<?> list) {
            array(list.size(), (item, i) -> value(list.get(i), item), out);
        } else if (v instanceof Record r && r.getClass().getPackageName().equals(MODEL_PACKAGE)) {
            record(r, out);
        } else {
            tree(v, out);
        }
    }

    private static void record(Record r, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Member m : MEMBERS.computeIfAbsent(r.getClass(), CanonicalForm::members)) {
            Object v;
            try {
                v = m.accessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + m.name(), e);
            }
            if (v == null || v instanceof List<?> l && l.isEmpty()) {
                continue;   // absent, null and empty lists are one and the same
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            quoted(m.name(), out).append(':');
            value(v, out);
        }
        out.append('}');
    }

    private static Member[] members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (RecordComponent c : CaseShape.components(type)) {
            members.add(new Member(c.getName(), c.getAccessor()));
        }
        members.sort((a, b) -> a.name().compareTo(b.name()));
        return members.toArray(Member[]::new);
    }

    private static void tree(Object value, StringBuilder out) {
        canonical(FundingJson.mapper().<JsonNode>valueToTree(value), out);
    }

    /**
     * Appends the compact JSON text of a node's canonical form, in one pass: an object's members go straight into
     * {@code out} in key order; only an array's elements are written apart, to be sorted by their text.
     */
    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                // absent, null and empty lists are one and the same: optional fields added later keep digests
                if (!e.getValue().isNull() && !(e.getValue().isArray() && e.getValue().isEmpty())) {
                    members.add(e);
                }
            }
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quoted(members.get(i).getKey(), out).append(':');
                canonical(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            array(node.size(), (item, i) -> canonical(node.get(i), item), out);
        } else if (node.isTextual()) {
            // the common scalars as the mapper writes them (quoted with its escapes, decimals plain), without a
            // serializer per value; anything else through the mapper itself
            quoted(node.textValue(), out);
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toPlainString());
        } else if (node.isInt() || node.isLong() || node.isBoolean()) {
            out.append(node.asText());
        } else {
            try {   // any other scalar as the mapper writes it, streamed into the text being built
                FundingJson.mapper().writeValue(new Appender(out), node);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A writer that appends to the canonical text. */
    private static final class Appender extends java.io.Writer {
        private final StringBuilder out;

        Appender(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            out.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** An array's elements, each written apart and sorted by its text. */
    private static void array(int size, java.util.function.ObjIntConsumer<StringBuilder> element, StringBuilder out) {
        String[] items = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder item = new StringBuilder();
            element.accept(item, i);
            items[i] = item.toString();
        }
        Arrays.sort(items);
        out.append('[').append(String.join(",", items)).append(']');
    }

    private static StringBuilder quoted(String text, StringBuilder out) {
        out.append('"');
        if (plain(text)) {
            out.append(text);   // nothing the encoder would escape
        } else {
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text, out);
        }
        return out.append('"');
    }

    /**
     * Whether JSON needs no escape in {@code text}: no control character, quote or backslash, the only characters
     * Jackson's encoder escapes by default ({@code CanonicalFormProperties} compares the result with the mapper's on
     * generated strings).
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

}
