package org.fundingrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Binds a tree that {@link CaseShape} has cleaned to the case records, through each record's canonical constructor.
 * The shape check has already refused or nulled every value of the wrong kind, so binding is plain conversion: it
 * gives the records the shared mapper would bind (same values, same nulls), without the mapper's introspection of
 * 33 record types, which took two fifths of reading a case in a fresh JVM.
 */
final class CaseBinder {
    /** A record type's canonical constructor, found once. */
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private CaseBinder() {
    }

    /**
     * The value of {@code node} as {@code type}.
     *
     * @throws IllegalArgumentException when a value cannot be bound (a record's constructor refused its values, or a
     *     type no case record has); the caller reports the document as unreadable, as it did the mapper's refusal
     */
    static <T> T bind(JsonNode node, Class<T> type) {
        return type.cast(value(node, type));
    }

    private static Object value(JsonNode node, Type type) {
        Class<?> raw = CaseShape.raw(type);
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException("no value for a " + raw);
            }
            return null;
        }
        if (raw.isRecord()) {
            return record(node, raw);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                out.add(value(item, element));
            }
            return out;
        }
        if (raw == String.class) {
            return node.textValue();
        }
        if (raw == Boolean.class) {
            return node.booleanValue();
        }
        if (raw == Integer.class) {
            return node.intValue();
        }
        if (raw == Long.class) {
            return node.longValue();
        }
        if (raw == BigDecimal.class) {
            return node.decimalValue();
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(node.textValue());
        }
        if (raw == MonthDay.class) {
            return MonthDay.parse(node.textValue());
        }
        if (raw.isEnum()) {
            return constant(raw, node.textValue());
        }
        if (raw == MonetaryAmount.class) {
            return Money.of(new BigDecimal(node.get("amount").textValue()),
                    Monetary.getCurrency(node.get("currency").textValue()));
        }
        throw new IllegalArgumentException("no case record has a value of type " + raw.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    private static Object record(JsonNode node, Class<?> type) {
        RecordComponent[] components = CaseShape.components(type);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(node.get(components[i].getName()), components[i].getGenericType());
        }
        try {
            return CONSTRUCTORS.computeIfAbsent(type, CaseBinder::constructor).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;   // out of memory while building a record is the JVM's failure, not the input's
            }
            throw new IllegalArgumentException(type.getSimpleName() + " refused its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<?> constructor(Class<?> type) {
        RecordComponent[] components = CaseShape.components(type);
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type, e);
        }
    }
}
