package org.fundingrules.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/**
 * Generates the JSON Schemas (draft 2020-12) of the case file and of the verdict document from the records, with
 * victools' generator and its Jackson and Jakarta-validation modules. What the records cannot say is added here, each
 * in one named place: how {@code MoneyModule} and the Java time module write money and dates, which components the
 * verdict writer never leaves null (read from the constructors, {@link Nullness}), and the few checks of
 * {@code CaseValidator} that a standard keyword can state ({@link #CHECKS}). Deterministic: the same classes give the
 * same schema, byte for byte.
 */
final class Schemas {
    static final String CASE_ID = "urn:fundingrules:schema:case";
    static final String VERDICT_ID = "urn:fundingrules:schema:verdict";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Characters {@code String.trim()} removes, which the money reader ignores around an amount. */
    private static final String TRIM = "[\\u0000- ]*";
    /** ISO 8601 dates as {@code LocalDate} reads and writes them; years beyond 9999 carry a sign. */
    static final String DATE = "^([0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /** Not blank for Bean Validation: at least one character that is not {@code Character.isWhitespace}. */
    private static final String NOT_BLANK =
            "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

    /**
     * Checks {@code CaseValidator} makes in code that a standard keyword can state, by record component
     * ({@code Type.component}, {@code []} for the items of a list): schema fragments merged into the generated ones.
     * Money is never negative anywhere (every amount goes through {@code CaseValidator.money}); these amounts must
     * also be above zero.
     */
    private static final Map<String, String> CHECKS = Map.ofEntries(
            positive("Action.totalCost"), positive("CapDerogation.maximumPerThirdParty"),
            positive("OpenCall.maxPerThirdParty"), positive("OpenCall.maxPerProject"),
            positive("OpenCall.prizeAmount"), positive("OpenCall.maxPerSme"), positive("Award.eligibleCosts"),
            positive("AidGrant.eligibleCosts"),
            Map.entry("ExchangeRate.currency", "{\"not\": {\"const\": \"EUR\"}}"),
            Map.entry("Beneficiary.country", country()), Map.entry("ThirdParty.country", country()),
            Map.entry("AidGrant.memberState", country()), Map.entry("StateAid.grantingMemberState", country()),
            Map.entry("OpenCall.eligibleCountries[]", country()),
            Map.entry("OpenCall.eligibleCountries", "{\"uniqueItems\": true}"),
            Map.entry("OpenCall.activityTypes", "{\"uniqueItems\": true}"),
            // a rate as a decimal string, bounded as a number is (above 0, at most 1 000 000, 10 decimals)
            Map.entry("ExchangeRate.eurPerUnit", F.objectNode().put("pattern", "^" + TRIM + "(0*[1-9][0-9]{0,5}"
                    + "(\\.[0-9]{1,10})?|0+\\.(?=[0-9]{0,9}[1-9])[0-9]{1,10}|0*1000000(\\.0{1,10})?)" + TRIM + "$")
                    .toString()));

    /** Cross-field checks within one object, by record: if/then fragments. */
    private static final Map<Class<?>, String> OBJECT_CHECKS = Map.of(
            org.fundingrules.model.AidTransfer.class, """
                    {"if": {"properties": {"kind": {"const": "SPLIT"}}},
                     "then": {"required": ["sharePercent"], "properties": {"sharePercent": {"type": "number"}}},
                     "else": {"properties": {"sharePercent": {"anyOf": [{"type": "null"}, {"const": 100}]}}}}""",
            org.fundingrules.model.DeMinimisMonitoring.class, """
                    {"if": {"properties": {"centralRegister": {"const": "NONE"}}},
                     "then": {"properties": {"registerCoversThreeYears": {"const": false}}}}""",
            org.fundingrules.model.AidGrant.class, """
                    {"allOf": [
                      {"if": {"properties": {"form": {"not": {"enum": ["LOAN", "GUARANTEE"]}}}},
                       "then": {"properties": {"terms": {"type": "null"}}}},
                      {"if": {"required": ["form", "terms"], "properties": {"form": {"const": "LOAN"},
                              "terms": {"type": "object", "required": ["method"],
                                        "properties": {"method": {"const": "SAFE_HARBOUR"}}}}},
                       "then": {"properties": {"terms": {"required": ["collateralPercent"],
                                "properties": {"collateralPercent": {"type": "number"}}}}}},
                      {"if": {"required": ["form", "terms"], "properties": {"form": {"const": "GUARANTEE"},
                              "terms": {"type": "object", "required": ["method"],
                                        "properties": {"method": {"const": "SAFE_HARBOUR"}}}}},
                       "then": {"properties": {"terms": {"required": ["underlyingLoan"],
                                "properties": {"underlyingLoan": {"type": "object"}}}}}},
                      {"if": {"required": ["form"], "properties": {"form": {"const": "LOAN"}}},
                       "then": {"properties": {"terms": {"properties": {"underlyingLoan": {"type": "null"}}}}}},
                      {"if": {"required": ["form"], "properties": {"form": {"const": "GUARANTEE"}}},
                       "then": {"properties": {"terms": {"properties": {"collateralPercent": {"type": "null"}}}}}}]}""",
            org.fundingrules.model.AidTerms.class, """
                    {"allOf": [
                      {"if": {"required": ["method"], "properties": {"method": {"const": "SAFE_HARBOUR"}}},
                       "then": {"required": ["durationMonths"], "properties": {"durationMonths": {"type": "integer"}}}},
                      {"if": {"required": ["largeUndertaking"], "properties": {"largeUndertaking": {"const": true}}},
                       "then": {"required": ["ratingAtLeastBMinus"],
                                "properties": {"ratingAtLeastBMinus": {"type": "boolean"}}}}]}""",
            org.fundingrules.model.BudgetLine.class, """
                    {"if": {"properties": {"purpose": {"not": {"const": "FINANCIAL_SUPPORT_TO_THIRD_PARTIES"}}}},
                     "then": {"properties": {"smeEarmarked": {"type": "null"}}}}""");

    private Schemas() {
    }

    private static Map.Entry<String, String> positive(String component) {
        return Map.entry(component, "{\"properties\": {\"amount\": {\"anyOf\": [{\"type\": \"string\", \"pattern\": "
                + "\"[1-9]\"}, {\"type\": \"number\", \"exclusiveMinimum\": 0}]}}}");
    }

    private static String country() {
        return "{\"$ref\": \"#/$defs/CountryCode\"}";
    }

    /** The schema of the case file ({@code CaseFile}, as {@code FundingJson.readCase} reads it). */
    static ObjectNode caseSchema() {
        SchemaGeneratorConfigBuilder b = builder().with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        // the reader's own limit on any string (FundingJson.MAX_STRING_LENGTH) where no @Size sets a lower one
        b.forFields().withStringMaxLengthResolver(field -> field.getType().getErasedType() == String.class
                ? FundingJson.MAX_STRING_LENGTH : null);
        Set<String> applied = new TreeSet<>();
        b.forFields().withInstanceAttributeOverride((node, field, context) -> {
            String key = key(field) + (field.isFakeContainerItemScope() ? "[]" : "");
            if (CHECKS.containsKey(key)) {
                applied.add(key);
                JsonNode check = parse(CHECKS.get(key));
                if (check.has("$ref") && !field.isFakeContainerItemScope() && field.getAnnotation(NotNull.class) == null
                        && field.getAnnotation(NotBlank.class) == null) {
                    // a nullable component: null stays allowed beside the referenced definition
                    check = F.objectNode().set("anyOf", F.arrayNode().add(F.objectNode().put("type", "null"))
                            .add(check));
                }
                merge(node, check);
            }
        });
        b.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            String check = OBJECT_CHECKS.get(scope.getType().getErasedType());
            if (check != null) {
                merge(node, parse(check));
            }
        });
        ObjectNode schema = finish(new SchemaGenerator(b.build()).generateSchema(CaseFile.class), CASE_ID,
                "fundingrules case file",
                "One funded action as of a reference date, as FundingJson.readCase reads it.");
        if (!applied.equals(CHECKS.keySet())) {
            // a renamed component would silently lose its check
            Set<String> missing = new TreeSet<>(CHECKS.keySet());
            missing.removeAll(applied);
            throw new IllegalStateException("no record component for the checks " + missing);
        }
        ((ObjectNode) schema.get("$defs")).set("CountryCode", F.objectNode().put("description",
                "ISO 3166-1 alpha-2, with EL (Greece, as the EU writes it) and XK (Kosovo)").set("enum", countries()));
        return schema;
    }

    /** The schema of the verdict document ({@code Evaluation}, as {@code FundingJson.write} writes it). */
    static ObjectNode verdictSchema() {
        SchemaGeneratorConfigBuilder b = builder();
        // the writer writes every component, null or not; a component is null only where its constructor allows it
        b.forFields().withRequiredCheck(field -> true);
        b.forFields().withNullableCheck(field -> !field.getType().isPrimitive()
                && Nullness.nullable(field.getDeclaringType().getErasedType(), field.getDeclaredName()));
        // Message.args is a List<Object> in Java; Message keeps only strings and nested messages in it
        b.forFields().withInstanceAttributeOverride((node, field, context) -> {
            if (field.isFakeContainerItemScope() && key(field).equals("Message.args")) {
                node.removeAll();
                merge(node, parse("{\"anyOf\": [{\"type\": \"string\"}, {\"$ref\": \"#/$defs/Message\"}]}"));
            }
        });
        return finish(new SchemaGenerator(b.build()).generateSchema(Evaluation.class), VERDICT_ID,
                "fundingrules verdict document", "An evaluation as FundingJson.write writes it.");
    }

    private static SchemaGeneratorConfigBuilder builder() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS);
        // properties in record-component order, the order the writer writes them
        b.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(Schemas::componentIndex));
        // Bean Validation matches a @Pattern against the whole value; JSON Schema's pattern searches, so anchor it
        b.forFields().withStringPatternResolver(field -> {
            Pattern p = field.isFakeContainerItemScope() ? field.getContainerItemAnnotation(Pattern.class)
                    : field.getAnnotation(Pattern.class);
            if (p != null) {
                return "^(" + p.regexp() + ")$";
            }
            NotBlank n = field.isFakeContainerItemScope() ? field.getContainerItemAnnotation(NotBlank.class)
                    : field.getAnnotation(NotBlank.class);
            return n == null ? null : NOT_BLANK;
        });
        b.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode def = raw == MonetaryAmount.class ? money()
                    : raw == LocalDate.class ? F.objectNode().put("type", "string").put("pattern", DATE)
                    : raw == MonthDay.class ? F.objectNode().put("type", "string")
                            .put("pattern", "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
                    : raw == JsonNode.class ? F.objectNode().put("description", "any JSON value")
                    : raw == java.math.BigDecimal.class ? decimal()
                    : null;
            return def == null ? null : new CustomDefinition(def, CustomDefinition.DefinitionType.ALWAYS_REF,
                    CustomDefinition.AttributeInclusion.YES);
        });
        return b;
    }

    /** A decimal as the reader takes it: a JSON number without an exponent, or a decimal string such as "0.9312". */
    private static ObjectNode decimal() {
        ObjectNode def = F.objectNode().put("description", "a decimal: a decimal string such as \"0.9312\", or a "
                + "number written as its plain decimal (the library refuses an exponent, 1.5e1, which a schema cannot see)");
        ArrayNode forms = def.putArray("anyOf");
        forms.addObject().put("type", "number");
        forms.addObject().put("type", "string").put("pattern", "^" + TRIM + "-?[0-9]{1,20}(\\.[0-9]{1,10})?" + TRIM + "$");
        return def;
    }

    /** Money as MoneyModule reads it: a decimal amount (string or number) and an ISO 4217 currency Moneta knows. */
    private static ObjectNode money() {
        String amount = "^" + TRIM + "(-?0{1,12}(\\.0{1,10})?|[0-9]{1,12}(\\.[0-9]{1,10})?)" + TRIM + "$";
        ObjectNode def = F.objectNode().put("type", "object")
                .put("description", "an amount, never negative, at most 12 digits before the point and no finer than "
                        + "the currency's smallest unit (EUR: 2 decimals; checked by the library)");
        ObjectNode props = def.putObject("properties");
        ArrayNode forms = props.putObject("amount").putArray("anyOf");
        forms.addObject().put("type", "string").put("pattern", amount);
        forms.addObject().put("type", "number").put("minimum", 0)
                .put("exclusiveMaximum", new java.math.BigDecimal("1E+12"));
        ArrayNode codes = props.putObject("currency").put("type", "string").putArray("enum");
        Set<String> known = new TreeSet<>();
        for (CurrencyUnit c : Monetary.getCurrencies()) {
            if (c.getCurrencyCode().matches("[A-Z]{3}")) {
                known.add(c.getCurrencyCode());
            }
        }
        known.forEach(codes::add);
        def.putArray("required").add("amount").add("currency");
        return def.put("additionalProperties", false);
    }

    private static ArrayNode countries() {
        Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add("EL");
        codes.add("XK");
        ArrayNode out = F.arrayNode();
        codes.forEach(out::add);
        return out;
    }

    private static ObjectNode finish(ObjectNode generated, String id, String title, String description) {
        ObjectNode root = F.objectNode();
        root.set("$schema", generated.get("$schema"));
        root.put("$id", id).put("title", title).put("description", description);
        generated.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                root.set(e.getKey(), e.getValue());
            }
        });
        return root;
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        for (int i = 0; components != null && i < components.length; i++) {
            if (components[i].getName().equals(member.getDeclaredName())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String key(FieldScope field) {
        return field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getDeclaredName();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(json, e);
        }
    }

    /** Deep merge: objects key by key, anything else replaced. */
    private static void merge(ObjectNode into, JsonNode from) {
        from.properties().forEach(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    /** The schema as the committed file holds it: two-space indentation, {@code \n} line ends. */
    static String text(ObjectNode schema) {
        return FundingJson.writeValue(schema);
    }

    public static void main(String[] args) {
        System.out.print(text(caseSchema()));
        System.out.print(text(verdictSchema()));
    }
}
