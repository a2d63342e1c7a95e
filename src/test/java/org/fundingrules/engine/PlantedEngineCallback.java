package org.fundingrules.engine;

import org.fundingrules.FundingRules;

/** A planted breach for ArchitectureTest: the engine calling the API back would close a cycle. Never used. */
public final class PlantedEngineCallback {
    public String version() {
        return FundingRules.version();
    }
}
