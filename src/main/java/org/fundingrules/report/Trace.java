package org.fundingrules.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fundingrules.facts.Amounts;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.ParameterUse;
import org.fundingrules.trace.Criterion.Table;

/**
 * Reading the trace for the charts: figures by name, parameters by key, table cells by column heading. The names are
 * those the rules write; they are kept here, in one place, so that a renamed figure breaks one lookup, not the page
 * (a chart whose figures are missing is left out with a note, never drawn from guesses).
 */
final class Trace {
    static final String SME_SHARE_RULE = "budget.sme_share";
    static final String SME_SHARE = "SME share";
    static final String SME_SHARE_MIN = "budget.sme_share.min";
    static final String ENTERPRISE_TYPE_RULE = "sme.enterprise_type";
    static final String ENTERPRISE_TYPE = "enterprise type";
    static final String WHY = "why";
    static final String CEILING_PREFIX = "de minimis ceiling";
    static final String NEW_AID = "new aid";
    static final String WINDOW = "window";
    static final String SINGLE_UNDERTAKING = "single undertaking";
    static final String AID = "aid";
    static final String GRANT_DATE = "grant date";
    static final String GROSS = "gross EUR";
    static final String COUNTED_EUR = "counted EUR";
    static final String COUNTED = "counted";
    static final String INDICATORS_RULE = "impact.indicators";
    static final String PLAN = "plan";
    static final String PERIOD = "period";
    static final String PERIOD_END = "period end";
    static final String REPORTS = "reports";
    static final String PRODUCTS = "products";
    static final String SERVICES = "services";
    static final String PROCESSES = "processes";
    static final String MARKETING_METHODS = "marketing methods";
    static final String ORGANISATIONAL_METHODS = "organisational methods";
    static final String RESOURCE_EFFICIENCY = "SMEs improving resource efficiency";
    static final String TURNOVER = "turnover EUR";
    static final String TURNOVER_BASELINE = "turnover baseline EUR";

    private Trace() {
    }

    /** A de minimis ceiling criterion of either regulation ({@code state_aid.de_minimis_2831.ceiling}). */
    static boolean isDeMinimisCeiling(Criterion c) {
        return c.ruleId().matches("state_aid\\.de_minimis_[0-9]+\\.ceiling") && c.table() != null;
    }

    static Optional<Figure> figure(Criterion c, String name) {
        return c.figures().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static Optional<Figure> figureStarting(Criterion c, String prefix) {
        return c.figures().stream().filter(f -> f.name().startsWith(prefix)).findFirst();
    }

    static Optional<ParameterUse> parameter(Criterion c, String key) {
        return c.parameters().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** A figure or cell as an exact decimal, if it is one. */
    static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Index of a column by its heading, or -1. */
    static int column(Table t, String heading) {
        return t.columns().indexOf(heading);
    }

    static String cell(List<String> row, int column) {
        return column < 0 ? "" : row.get(column);
    }

    /** {@code EUR 4 500.00} for a plain decimal; other text as it is. */
    static String money(String plain) {
        return decimal(plain).map(v -> Amounts.money(v, "EUR")).orElse(plain);
    }

    /** A figure as written for people: value and unit, amounts in euros grouped. */
    static String show(Figure f) {
        return f.unit().equals("EUR") ? money(f.value()) : f.unit().isEmpty() ? f.value() : f.value() + " " + f.unit();
    }
}
