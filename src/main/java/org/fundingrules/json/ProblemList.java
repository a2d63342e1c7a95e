package org.fundingrules.json;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.trace.Problem;

/**
 * The problems of one document as they are found: the first {@link #MAX_LISTED} kept, the rest only counted. A
 * document of the largest size can hold over a million problems (a key repeated, a new unknown key after another);
 * kept, sorted and written, they ran out of a 256 MB heap.
 */
final class ProblemList extends AbstractList<Problem> {
    /** Most problems listed for one document; far more than anyone corrects in one go. */
    static final int MAX_LISTED = 1_000;

    private final List<Problem> listed = new ArrayList<>();
    private long unlisted;

    @Override
    public boolean add(Problem p) {
        if (listed.size() < MAX_LISTED) {
            listed.add(p);
        } else {
            unlisted++;
        }
        return true;
    }

    @Override
    public Problem get(int index) {
        return listed.get(index);
    }

    @Override
    public int size() {
        return listed.size();
    }

    /** The problems listed, and when some were only counted, one more at {@code $} that says how many there are. */
    List<Problem> all() {
        if (unlisted == 0) {
            return listed;
        }
        List<Problem> all = new ArrayList<>(listed);
        all.add(new Problem("$", "too_many_problems", (listed.size() + unlisted) + " problems in all, more than the "
                + MAX_LISTED + " listed (the first ones in the document); correct these and check the document again"));
        return all;
    }
}
