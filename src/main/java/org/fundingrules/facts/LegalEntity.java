package org.fundingrules.facts;

import java.text.Normalizer;
import java.util.Locale;

/** A party that can be matched with another as the same legal entity. */
public interface LegalEntity {
    String pic();

    String vatNumber();

    String normalizedName();

    String country();

    /**
     * Same legal entity: same PIC, or same VAT number, or the same name (ignoring case, accents, punctuation and
     * spacing) in the same country.
     */
    default boolean sameEntityAs(LegalEntity other) {
        return (pic() != null && pic().equals(other.pic()))
                || (vatNumber() != null && vatNumber().equals(other.vatNumber()))
                || (normalizedName().equals(other.normalizedName()) && country().equals(other.country()));
    }

    /** Upper case, accents and punctuation removed, spaces collapsed. */
    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
