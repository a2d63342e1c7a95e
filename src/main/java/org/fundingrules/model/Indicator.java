package org.fundingrules.model;

/**
 * An innovation indicator of the supported SMEs, as the action aggregates it and as its targets name it. The five
 * counts follow the four types of innovation of the Oslo Manual, 3rd edition (OECD/Eurostat 2005), product innovation
 * being counted apart for goods and for services, as topic INNOSUP-01-2018-2020 names them.
 */
public enum Indicator {
    /** New or significantly improved goods (Oslo Manual 2005, product innovation). */
    PRODUCTS,
    /** New or significantly improved services (Oslo Manual 2005, product innovation). */
    SERVICES,
    /** New or significantly improved production or delivery methods (Oslo Manual 2005, process innovation). */
    PROCESSES,
    /** New marketing methods (Oslo Manual 2005, marketing innovation). */
    MARKETING_METHODS,
    /** New organisational methods (Oslo Manual 2005, organisational innovation). */
    ORGANISATIONAL_METHODS,
    /** Supported SMEs that have reported at least once. */
    SMES_REPORTING,
    /** Supported SMEs whose latest report shows a better resource efficiency than its baseline. */
    SMES_IMPROVING_RESOURCE_EFFICIENCY,
    /** The sum, over supported SMEs, of latest turnover minus baseline turnover, in EUR. */
    TURNOVER_GROWTH
}
