package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Deterministic, locale-free rendering of exact amounts, for the arguments of messages (a rule passes an amount
 * formatted: {@code Amounts.money(total, "EUR")} gives {@code EUR 64 500.00}).
 */
public final class Amounts {
    private Amounts() {
    }

    /** {@code EUR 4 500.00}: at least two decimals, more if the value has them, thin groups of three digits. */
    public static String money(BigDecimal amount, String currency) {
        BigDecimal v = amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return currency + " " + (v.signum() < 0 ? "-" : "") + grouped + frac;
    }

    /** The same value with at least two decimal places ({@code 4E+4} becomes {@code 40000.00}); exact. */
    public static BigDecimal normalize(BigDecimal amount) {
        return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
    }

    /** A plain decimal with at least two places for money: {@code 60000.00}. */
    public static String plainMoney(BigDecimal amount) {
        return (amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount).toPlainString();
    }

    /** A fraction as a percentage in plain digits, without trailing zeros: {@code 0.75} gives {@code "75"}. */
    public static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
    }
}
