package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrecompiledTest {
    @Test
    void theBuildStoresThePackagedRulesPrecompiled() {
        assertThat(Precompiled.read(RuleFiles.packaged().digest())).isNotNull()
                .satisfies(base -> assertThat(base.getKiePackage("org.fundingrules.rules.fstp").getRules())
                        .hasSizeGreaterThanOrEqualTo(19));
    }

    @Test
    void aStalePrecompiledFileIsIgnored() {
        assertThat(Precompiled.read("sha256:not-the-digest-of-these-rules")).isNull();
    }
}
