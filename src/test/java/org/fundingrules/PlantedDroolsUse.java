package org.fundingrules;

import org.kie.api.runtime.KieSession;

/** A planted breach for ArchitectureTest: a Drools type in the API package's public signature. Never used. */
public final class PlantedDroolsUse {
    public KieSession session() {
        return null;
    }
}
