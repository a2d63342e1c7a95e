package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case file that cannot be read says why (issue 16: "cannot read the case file X: X"). */
class UnreadableFileTest {
    @TempDir
    Path dir;

    @Test
    void eachReasonInWords() {
        Path f = dir.resolve("case.json");
        assertThat(Main.unreadable("the case file", f, new NoSuchFileException(f.toString())))
                .isEqualTo("cannot read the case file " + f + ": no such file");
        // the JDK's message for a file without read permission is the file name alone
        assertThat(Main.unreadable("the case file", f, new AccessDeniedException(f.toString())))
                .isEqualTo("cannot read the case file " + f + ": permission denied");
        assertThat(Main.unreadable("the case file", dir, new IOException("Is a directory")))
                .isEqualTo("cannot read the case file " + dir + ": it is a folder, not a file");
        assertThat(Main.unreadable("the case file", f, new IOException(f.toString())))
                .isEqualTo("cannot read the case file " + f + ": IOException");
    }

    @Test
    void aFolderGivenAsTheCaseFile() {
        CliRun r = CliRun.run("evaluate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cannot read the case file " + dir + ": it is a folder, not a file\n");
    }

    @Test
    void aFileWithoutReadPermission() throws Exception {
        Path f = Files.writeString(dir.resolve("locked.json"), "{}");
        assertThat(f.toFile().setReadable(false, false)).isTrue();
        CliRun r = CliRun.run("evaluate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        if (Files.isReadable(f)) {
            // root reads anything: the message is then about the content, checked above for the permission case
            assertThat(r.err()).contains("invalid case file");
        } else {
            assertThat(r.err()).isEqualTo("cannot read the case file " + f + ": permission denied\n");
        }
    }
}
