package org.fundingrules.trace;

import java.util.List;
import java.util.Objects;

/**
 * A small table in a criterion's trace, for figures that have several parts (for example which enterprise
 * contributed what share of an aggregated headcount, and why). Cells are text, exact decimals written plain.
 *
 * @param columns column headings
 * @param rows the rows, each with one cell per column, in a fixed order
 */
public record Table(List<String> columns, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " does not have " + columns.size() + " cells");
            }
        }
        Objects.requireNonNull(columns);
    }
}
