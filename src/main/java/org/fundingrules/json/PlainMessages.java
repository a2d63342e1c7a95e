package org.fundingrules.json;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The validator's English messages without an expression-language engine, which cost a tenth of the validator's
 * start-up: Hibernate Validator's default templates are used as they are, except the two of the constraints the
 * case format uses whose template holds an expression ({@code DecimalMin}, {@code DecimalMax}: "or equal to" when
 * inclusive), which are given here with the words the expression would have chosen.
 */
final class PlainMessages implements MessageInterpolator {
    private static final String MIN = "{jakarta.validation.constraints.DecimalMin.message}";
    private static final String MAX = "{jakarta.validation.constraints.DecimalMax.message}";
    private final MessageInterpolator parameters = new ParameterMessageInterpolator(Set.of(Locale.ENGLISH),
            Locale.ENGLISH, false);

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return parameters.interpolate(plain(template, context.getConstraintDescriptor().getAnnotation()), context,
                Locale.ENGLISH);
    }

    private static String plain(String template, Annotation constraint) {
        if (template.equals(MIN) && constraint instanceof DecimalMin min) {
            return "must be greater than " + (min.inclusive() ? "or equal to " : "") + "{value}";
        }
        if (template.equals(MAX) && constraint instanceof DecimalMax max) {
            return "must be less than " + (max.inclusive() ? "or equal to " : "") + "{value}";
        }
        return template;
    }
}
