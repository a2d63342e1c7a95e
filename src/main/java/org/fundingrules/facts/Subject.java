package org.fundingrules.facts;

import org.fundingrules.trace.SubjectType;

/** A fact that stands for one item of the case file, on which verdicts are given. */
public interface Subject {
    /** The item's id. */
    String id();

    /** The kind of item. */
    SubjectType subjectType();

    /** JSON path of the item. */
    String path();

    /** JSON path of one field of the item. */
    default String path(String field) {
        return path() + "." + field;
    }
}
