package org.fundingrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.ValueWords;

/**
 * Checks a case document's tree against the shape of the case records before any value is bound: every field of
 * the wrong JSON type, every date that is not a calendar day, every number that is not an exact decimal within its
 * bounds, every amount with a bad currency or below the currency's smallest unit, every unknown property; all of
 * them, each at the exact path of the offending value and in words an applicant can read (no Java type names).
 * Returns the tree with each offending value replaced by null, so that the records can still be bound and checked
 * (Bean Validation, cross-field rules) and every problem of the document comes back at once.
 */
final class CaseShape {
    /** Most digits before the decimal point of any number; a case needs far fewer. */
    static final int MAX_INTEGER_DIGITS = 20;
    /** Most digits after the decimal point of any number. */
    static final int MAX_FRACTION_DIGITS = 10;
    /** Most digits before the decimal point of an amount: EUR 999 999 999 999.99 is more than any EU grant. */
    static final int MAX_AMOUNT_DIGITS = 12;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Problem> problems;

    private CaseShape(List<Problem> problems) {
        this.problems = problems;
    }

    /** The tree with offending values replaced by null; each offence added to {@code problems}. */
    static JsonNode clean(JsonNode root, Class<?> type, List<Problem> problems) {
        return new CaseShape(problems).value(root, type, "$");
    }

    private JsonNode value(JsonNode node, Type type, String path) {
        if (node == null || node.isNull()) {
            return NullNode.getInstance();
        }
        Class<?> raw = raw(type);
        if (node instanceof CaseTree.ExponentNumber && !numeric(raw)) {
            return wrong(path, expected(raw), node);
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return wrong(path, "a list [...]", node);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                out.add(value(node.get(i), element, path + "[" + i + "]"));
            }
            return out;
        }
        if (raw == String.class) {
            return node.isTextual() ? node : wrong(path, "a text", node);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() ? node : wrong(path, "true or false", node);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return whole(node, path, raw == Integer.class || raw == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE);
        }
        if (raw == BigDecimal.class) {
            BigDecimal d = decimal(node, path, MAX_INTEGER_DIGITS);
            return d == null ? NullNode.getInstance() : JsonNodeFactory.instance.numberNode(d);
        }
        if (raw == LocalDate.class) {
            return date(node, path);
        }
        if (raw == MonthDay.class) {
            return monthDay(node, path);
        }
        if (raw.isEnum()) {
            return constant(node, raw, path);
        }
        if (MonetaryAmount.class.isAssignableFrom(raw)) {
            return money(node, path);
        }
        return node;   // no other types in the case records; Jackson binds them as it would
    }

    private JsonNode record(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            return wrong(path, "an object {...}", node);
        }
        Map<String, RecordComponent> fields = new HashMap<>();
        for (RecordComponent c : components(type)) {
            fields.put(c.getName(), c);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = path + "." + e.getKey();
            RecordComponent c = fields.get(e.getKey());
            if (c == null) {
                problems.add(new Problem(at, "unknown_property", "unknown property '" + e.getKey() + "'"));
                continue;
            }
            out.set(e.getKey(), value(e.getValue(), c.getGenericType(), at));
        }
        return out;
    }

    private JsonNode whole(JsonNode node, String path, long max) {
        if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) <= max) {
            return node;
        }
        if (node instanceof CaseTree.ExponentNumber e) {
            exponent(path, e);
            return NullNode.getInstance();
        }
        if (node.isIntegralNumber()) {
            problems.add(new Problem(path, "out_of_range", "the number " + shorten(node.asText())
                    + " is out of range: at most " + max));
            return NullNode.getInstance();
        }
        if (node.isNumber()) {
            problems.add(new Problem(path, "wrong_type", "expected a whole number, found " + plain(node)));
            return NullNode.getInstance();
        }
        return wrong(path, "a whole number", node);
    }

    /** An exact decimal: a JSON number, or a decimal string such as "0.9"; null (and a problem) otherwise. */
    private BigDecimal decimal(JsonNode node, String path, int maxIntegerDigits) {
        BigDecimal d;
        if (node instanceof CaseTree.ExponentNumber e) {
            exponent(path, e);
            return null;
        } else if (node.isNumber()) {
            d = node.decimalValue();
        } else if (node.isTextual() && DECIMAL.matcher(node.asText().trim()).matches()
                && node.asText().trim().length() <= MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2) {
            d = new BigDecimal(node.asText().trim());
        } else if (node.isTextual()) {
            problems.add(new Problem(path, "invalid_number", "\"" + shorten(node.asText()) + "\" is not a decimal "
                    + "number (digits with an optional point, such as \"0.9\" or \"60000.00\")"));
            return null;
        } else {
            wrong(path, "a decimal number", node);
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        int integerDigits = Math.max(0, stripped.precision() - stripped.scale());
        if (integerDigits > maxIntegerDigits || stripped.scale() > MAX_FRACTION_DIGITS) {
            problems.add(new Problem(path, "out_of_range", "the number " + plain(node) + " is out of range: at most "
                    + maxIntegerDigits + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after"));
            return null;
        }
        return d;
    }

    /** 1e3, 1.5e1, 1E+400: a number is exact only as its plain decimal, and is never expanded from an exponent. */
    private void exponent(String path, CaseTree.ExponentNumber n) {
        problems.add(new Problem(path, "invalid_number", "write the number " + shorten(n.text())
                + " without an exponent, as plain digits (such as \"60000.00\")"));
    }

    private static boolean numeric(Class<?> raw) {
        return raw == BigDecimal.class || raw == Integer.class || raw == int.class || raw == Long.class
                || raw == long.class || MonetaryAmount.class.isAssignableFrom(raw);
    }

    /** What a value of this type looks like, in the words of the messages. */
    private static String expected(Class<?> raw) {
        return ValueWords.of(raw);
    }

    private static List<String> names(Class<?> enumType) {
        return ValueWords.names(enumType);
    }

    private JsonNode date(JsonNode node, String path) {
        if (!node.isTextual()) {
            return wrong(path, "a date \"YYYY-MM-DD\"", node);
        }
        try {
            LocalDate.parse(node.asText(), DATE);
            return node;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "invalid_date", "\"" + shorten(node.asText()) + "\" is not a calendar date "
                    + "(expected YYYY-MM-DD, such as \"2024-02-29\")"));
            return NullNode.getInstance();
        }
    }

    private JsonNode monthDay(JsonNode node, String path) {
        if (!node.isTextual()) {
            return wrong(path, "a day of the year \"--MM-DD\"", node);
        }
        try {
            MonthDay.parse(node.asText());
            return node;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "invalid_date", "\"" + shorten(node.asText()) + "\" is not a day of the year "
                    + "(expected --MM-DD, such as \"--12-31\")"));
            return NullNode.getInstance();
        }
    }

    private JsonNode constant(JsonNode node, Class<?> type, String path) {
        List<String> names = names(type);
        if (!node.isTextual()) {
            return wrong(path, expected(type), node);
        }
        if (names.contains(node.asText())) {
            return node;
        }
        problems.add(new Problem(path, "invalid_value", "\"" + shorten(node.asText()) + "\" is not one of "
                + names.stream().collect(Collectors.joining(", "))));
        return NullNode.getInstance();
    }

    /** Money: {"amount": "60000.00", "currency": "EUR"}, within bounds, in the currency's smallest unit or above. */
    private JsonNode money(JsonNode node, String path) {
        if (!node.isObject()) {
            return wrong(path, "an amount {\"amount\": \"60000.00\", \"currency\": \"EUR\"}", node);
        }
        boolean ok = true;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("amount") && !f.equals("currency")) {
                problems.add(new Problem(path + "." + f, "unknown_property", "unknown property '" + f
                        + "' (an amount has only \"amount\" and \"currency\")"));
                ok = false;
            }
        }
        JsonNode amountNode = node.get("amount");
        JsonNode currencyNode = node.get("currency");
        BigDecimal amount = null;
        if (amountNode == null || amountNode.isNull()) {
            problems.add(new Problem(path + ".amount", "missing_field", "an amount needs its \"amount\", such as "
                    + "\"60000.00\""));
        } else {
            amount = decimal(amountNode, path + ".amount", MAX_AMOUNT_DIGITS);
        }
        CurrencyUnit currency = null;
        if (currencyNode == null || currencyNode.isNull()) {
            problems.add(new Problem(path + ".currency", "missing_field", "an amount needs its \"currency\", such as "
                    + "\"EUR\""));
        } else if (!currencyNode.isTextual()) {
            wrong(path + ".currency", "a currency code such as \"EUR\"", currencyNode);
        } else {
            try {
                if (!CURRENCY.matcher(currencyNode.asText()).matches()) {
                    throw new UnknownCurrencyException(currencyNode.asText());
                }
                currency = Monetary.getCurrency(currencyNode.asText());
            } catch (UnknownCurrencyException e) {
                problems.add(new Problem(path + ".currency", "invalid_currency", "\"" + shorten(currencyNode.asText())
                        + "\" is not an ISO 4217 currency code (three capital letters, such as \"EUR\")"));
            }
        }
        if (amount != null && currency != null && currency.getDefaultFractionDigits() >= 0
                && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            problems.add(new Problem(path + ".amount", "sub_cent_amount", amount.toPlainString() + " "
                    + currency.getCurrencyCode() + " is finer than the currency's smallest unit: at most "
                    + currency.getDefaultFractionDigits() + " decimals"));
            amount = null;
        }
        if (!ok || amount == null || currency == null) {
            return NullNode.getInstance();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("amount", amount.toPlainString());
        out.put("currency", currency.getCurrencyCode());
        return out;
    }

    private JsonNode wrong(String path, String expected, JsonNode found) {
        problems.add(new Problem(path, "wrong_type", "expected " + expected + ", found " + describe(found)));
        return NullNode.getInstance();
    }

    private static String describe(JsonNode node) {
        if (node instanceof CaseTree.ExponentNumber e) {
            return "the number " + shorten(e.text());
        }
        if (node.isTextual()) {
            return "the text \"" + shorten(node.asText()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + plain(node);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String plain(JsonNode number) {
        String s = number.isBigDecimal() || number.isDouble() || number.isFloat()
                ? number.decimalValue().toString() : number.asText();
        return shorten(s);
    }

    /** A value quoted back to the applicant, cut to a readable length. */
    private static String shorten(String s) {
        // by code points: a cut between the halves of a surrogate pair would put half a character in the message
        return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 57)) + "...";
    }

    /** A record type's components, in declaration order, found once (shared by the binder and the canonical form). */
    static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    /** The class of a declared type: {@code List} for {@code List<Award>}. */
    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
