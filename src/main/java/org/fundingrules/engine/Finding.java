package org.fundingrules.engine;

import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Subject;

/** A criterion applied to a subject: the fact decision rules insert. */
public record Finding(Subject subject, Criterion criterion) {
}
