package org.fundingrules.model;

/** Which way a measure improves. */
public enum Direction {
    /** A lower value is better (energy or material per unit produced, CO2 per part). */
    LOWER,
    /** A higher value is better (parts per tonne of material, share of recycled input). */
    HIGHER
}
