package org.fundingrules.trace;

import java.util.Objects;

/**
 * An item of the case file that no rule family in force judges on its own, listed so that nothing in the input is
 * silently dropped.
 *
 * @param path JSON path of the item
 * @param reason why it has no verdict of its own, and where it was read
 */
public record NotAssessed(String path, String reason) {
    public NotAssessed {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
