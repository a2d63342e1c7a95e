package org.fundingrules.trace;

import java.util.Objects;

/**
 * What a verdict is about: one item of the case file.
 *
 * @param type the kind of item
 * @param id its id in the case file
 * @param path JSON path of the item
 */
public record Subject(SubjectType type, String id, String path) implements Comparable<Subject> {
    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public int compareTo(Subject other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }
}
