package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrecompiledTest {
    @Test
    void theBuildStoresThePackagedRulesPrecompiled() {
        assertThat(Precompiled.read(RuleFiles.packaged().digest())).isNotNull()
                .satisfies(built -> assertThat(built.base().getKiePackage("org.fundingrules.rules.fstp").getRules())
                        .hasSizeGreaterThanOrEqualTo(19));
    }

    @Test
    void aStalePrecompiledFileIsIgnored() {
        assertThat(Precompiled.read("sha256:not-the-digest-of-these-rules")).isNull();
    }

    /** What the build stored is what loading the rules folder gives: parameters, messages, each rule's citation. */
    @Test
    void theImageIsWhatTheRuleFilesGive() {
        Engine packaged = Engine.load(RuleFiles.packaged());
        Engine folder = Engine.load(RuleFiles.folder(Path.of("rules")));
        assertThat(packaged.digest()).isEqualTo(folder.digest());
        assertThat(packaged.parameters().entries()).isEqualTo(folder.parameters().entries());
        assertThat(packaged.rules()).isEqualTo(folder.rules()).hasSizeGreaterThan(300);
        assertThat(packaged.bundles().languagesAndPatterns()).isEqualTo(folder.bundles().languagesAndPatterns());
        assertThat(packaged.bundles().files()).isEqualTo(folder.bundles().files());
        assertThat(packaged.parameters().histories()).isEqualTo(folder.parameters().histories());
    }
}
