package org.fundingrules.model;

/** The eligible costs of innovation aid for SMEs, GBER 651/2014 Article 28(2). */
public enum InnovationCost {
    /** Art. 28(2)(a): obtaining, validating and defending patents and other intangible assets. */
    INTANGIBLE_ASSETS,
    /** Art. 28(2)(b): secondment of highly qualified personnel from a research organisation or a large enterprise. */
    SECONDMENT,
    /** Art. 28(2)(c): innovation advisory and innovation support services (up to 100 % under Art. 28(4)). */
    ADVISORY_AND_SUPPORT_SERVICES
}
