package org.fundingrules.json;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a consuming application's log quiet on a normal evaluation: Moneta and Hibernate Validator announce
 * themselves at INFO through java.util.logging when first used. Their two announcing loggers are set to WARNING,
 * unless the application has given them a level of its own. Nothing else of the application's logging is touched.
 */
public final class QuietLibraries {
    private static final List<String> ANNOUNCERS = List.of(
            "org.javamoney.moneta.DefaultMonetaryContextFactory",     // "Using custom MathContext"
            "org.hibernate.validator.internal.util.Version");         // "HV000001: Hibernate Validator 9..."
    /** Strong references: java.util.logging holds its loggers weakly, and a collected logger forgets its level. */
    private static final List<Logger> HELD = ANNOUNCERS.stream().map(Logger::getLogger).toList();

    static {
        for (Logger l : HELD) {
            if (l.getLevel() == null) {
                l.setLevel(Level.WARNING);
            }
        }
    }

    private QuietLibraries() {
    }

    /** Applies the levels (once, when this class initialises); call before Moneta or the validator is first used. */
    public static void apply() {
        // the static initialiser has done the work
    }
}
