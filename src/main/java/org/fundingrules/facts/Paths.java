package org.fundingrules.facts;

/**
 * JSON paths into the case file. Array elements are addressed by id, not by position, so a path in a trace does not
 * change when the input's arrays are reordered.
 */
public final class Paths {
    private Paths() {
    }

    /** The path of the element with the given id in a top-level array: {@code $.awards[?(@.id=='a1')]}. */
    public static String item(String array, String id) {
        return "$." + array + "[?(@.id=='" + id + "')]";
    }
}
