package org.fundingrules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of lists that keep null elements, so that validation can report them by path. */
final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; an absent list reads as empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy; an absent list stays absent (for lists the data must give). */
    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
