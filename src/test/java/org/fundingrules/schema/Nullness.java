package org.fundingrules.schema;

import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a record component can be null, read from the record itself: build it with a plain value in every other
 * component and null in this one; the component is nullable when the constructor accepts that and keeps the null
 * (it is not when {@code Objects.requireNonNull} throws, {@code List.copyOf} throws, or a default replaces it).
 */
final class Nullness {
    private Nullness() {
    }

    static boolean nullable(Class<?> record, String component) {
        RecordComponent[] components = record.getRecordComponents();
        if (components == null) {
            return true;
        }
        Object[] args = new Object[components.length];
        int at = -1;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                at = i;
            } else {
                args[i] = sample(components[i].getType());
            }
        }
        if (at < 0) {
            return true;
        }
        try {
            Object built = constructor(record).newInstance(args);
            return components[at].getAccessor().invoke(built) == null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException) {
                return false;
            }
            throw new IllegalStateException(record.getSimpleName() + "." + component, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(record.getSimpleName() + "." + component, e);
        }
    }

    private static Constructor<?> constructor(Class<?> record) throws NoSuchMethodException {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types);
    }

    /** A plain non-null value of a component type. */
    private static Object sample(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == com.fasterxml.jackson.databind.JsonNode.class || type == Object.class) {   // InputValue.value
            return TextNode.valueOf("x");
        }
        if (type.isRecord()) {
            Object[] args = java.util.Arrays.stream(type.getRecordComponents()).map(c -> sample(c.getType())).toArray();
            try {
                return constructor(type).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getSimpleName(), e);
            }
        }
        throw new IllegalStateException("no sample value for " + type.getName() + ": add one here");
    }
}
