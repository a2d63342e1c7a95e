package org.fundingrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The builders of the case records build what the canonical constructors build, and {@code toBuilder()} keeps every
 * component. Driven by reflection over the records of the package, so that a component added to a record without its
 * setter, or left out of {@code toBuilder()} or {@code build()}, fails here.
 */
class BuilderProperties {
    private static final Path MODEL = Path.of("src/main/java/org/fundingrules/model");
    /** Nested records deeper than this are null: enough to tell components apart, and the cases stay small. */
    private static final int DEPTH = 2;

    static List<Class<?>> records() throws IOException {
        try (Stream<Path> files = Files.list(MODEL)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .<Class<?>>map(n -> load(n.substring(0, n.length() - ".java".length())))
                    .filter(Class::isRecord).sorted(java.util.Comparator.comparing(Class::getSimpleName)).toList();
        }
    }

    static List<Class<?>> recordsWithBuilders() throws IOException {
        return records().stream().filter(BuilderProperties::hasBuilder).toList();
    }

    @Test
    void everyRecordOfFourOrMoreComponentsHasABuilder() throws IOException {
        List<String> without = records().stream()
                .filter(c -> c.getRecordComponents().length >= 4 && !hasBuilder(c))
                .map(Class::getSimpleName).toList();

        assertThat(without).isEmpty();
        assertThat(recordsWithBuilders()).contains(CaseFile.class, OpenCall.class, Enterprise.class, AidGrant.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsWithBuilders")
    void theBuilderBuildsTheRecordOfTheCanonicalConstructorAndToBuilderKeepsEveryComponent(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        qt().withExamples(300).forAll(arguments(type, 0)).checkAssert(args -> {
            Object canonical = construct(type, args);
            Object builder = invoke(null, type, "builder");
            for (int i = 0; i < components.length; i++) {
                Object returned = invoke(builder, builder.getClass(), components[i].getName(), components[i].getType(),
                        args[i]);
                assertThat(returned).isSameAs(builder);
            }

            assertThat(invoke(builder, builder.getClass(), "build")).isEqualTo(canonical);
            Object copy = invoke(canonical, type, "toBuilder");
            assertThat(invoke(copy, copy.getClass(), "build")).isEqualTo(canonical);
        });
    }

    @Test
    void aListGivenToABuilderIsCopied() {
        List<String> activities = new ArrayList<>(List.of("study"));
        OpenCall.Builder builder = OpenCall.builder().id("oc1").activityTypes(activities);
        activities.add("demonstration");

        assertThat(builder.build().activityTypes()).containsExactly("study");
    }

    /** Components not set are what the canonical constructor makes of null: most lists empty, a required one null. */
    @Test
    void componentsNotSetAreAsAbsentFromTheJson() {
        OpenCall call = OpenCall.builder().id("oc1").build();
        CaseFile file = CaseFile.builder().referenceDate(LocalDate.of(2024, 1, 1)).build();

        assertThat(call.title()).isNull();
        assertThat(call.beneficiaryIds()).isNull();
        assertThat(call.activityTypes()).isEmpty();
        assertThat(file.awards()).isEmpty();
        assertThat(file.action()).isNull();
    }

    // -----------------------------------------------------------------------------------------------------------

    private static boolean hasBuilder(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("builder"));
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName("org.fundingrules.model." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values for every component of a record, each null now and then. */
    private static Gen<Object[]> arguments(Class<?> type, int depth) {
        List<Gen<Object>> gens = Arrays.stream(type.getRecordComponents())
                .map(c -> orNull(value(c.getGenericType(), depth))).toList();
        return in -> gens.stream().map(g -> g.generate(in)).toArray();
    }

    private static Gen<Object> orNull(Gen<Object> gen) {
        Gen<Integer> percent = integers().between(0, 99);
        return in -> percent.generate(in) < 15 ? null : gen.generate(in);
    }

    @SuppressWarnings("unchecked")
    private static Gen<Object> value(Type type, int depth) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Gen<Object> element = value(p.getActualTypeArguments()[0], depth);
            return lists().of(element).ofSizeBetween(0, 2).map(l -> (Object) l);
        }
        Class<?> c = (Class<?>) type;
        Gen<?> gen;
        if (c == String.class) {
            gen = strings().basicLatinAlphabet().ofLengthBetween(0, 3);
        } else if (c == Boolean.class) {
            gen = booleans().all();
        } else if (c == Integer.class) {
            gen = integers().all();
        } else if (c == Long.class) {
            gen = longs().all();
        } else if (c == BigDecimal.class) {
            gen = longs().between(-100_000, 100_000).zip(integers().between(0, 3), BigDecimal::valueOf);
        } else if (c == LocalDate.class) {
            gen = integers().between(0, 40_000).map(d -> LocalDate.ofEpochDay(d));
        } else if (c == MonthDay.class) {
            gen = integers().between(0, 365).map(d -> MonthDay.from(LocalDate.ofYearDay(2024, d + 1)));
        } else if (c == MonetaryAmount.class) {
            gen = longs().between(-100_000, 100_000).zip(arbitrary().pick("EUR", "PLN"),
                    (cents, currency) -> Money.of(BigDecimal.valueOf(cents, 2), currency));
        } else if (c.isEnum()) {
            gen = arbitrary().pick(List.of(c.getEnumConstants()));
        } else if (c.isRecord()) {
            gen = depth >= DEPTH ? arbitrary().constant((Object) null) : arguments(c, depth + 1).map(a -> construct(c, a));
        } else {
            throw new IllegalStateException("no values for " + c + ": add them here");
        }
        return (Gen<Object>) gen;
    }

    private static Object construct(Class<?> type, Object[] args) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Object target, Class<?> type, String method) {
        try {
            return type.getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Object target, Class<?> type, String method, Class<?> parameter, Object argument) {
        try {
            return type.getMethod(method, parameter).invoke(target, argument);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no setter " + method + "(" + parameter + ")", e);
        }
    }
}
