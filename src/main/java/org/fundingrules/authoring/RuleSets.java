package org.fundingrules.authoring;

import java.nio.file.Path;
import org.fundingrules.engine.RuleFiles;

/** Where a command's rules come from: a folder given with {@code --rules}, or the packaged rules. */
public final class RuleSets {
    private RuleSets() {
    }

    /** The files of the folder, or the packaged rules when {@code folder} is null. */
    public static RuleFiles files(Path folder) {
        return folder == null ? RuleFiles.packaged() : RuleFiles.folder(folder);
    }
}
