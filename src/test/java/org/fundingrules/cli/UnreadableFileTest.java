package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Assumptions;
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

    /** The reason alone never repeats the path (the JDK's messages are often the path and nothing else). */
    @Test
    void theReasonWithoutThePath() {
        Path f = dir.resolve("case.json");
        assertThat(Main.reason(f, new AccessDeniedException(f.toString()))).isEqualTo("permission denied");
        assertThat(Main.reason(f, new NoSuchFileException(f.toString()))).isEqualTo("no such file");
        assertThat(Main.reason(f, new FileSystemException(f.toString(), null, "Input/output error")))
                .isEqualTo("Input/output error");
        assertThat(Main.reason(f, new IOException(f + " (stale file handle)"))).isEqualTo("IOException");
        assertThat(Main.reason(f, new IOException("Stale file handle"))).isEqualTo("Stale file handle");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A case file of a batch folder that cannot be read: its name and why, not the server's path to it. */
    @Test
    void anUnreadableCaseOfABatchFolder() throws Exception {
        Path f = Files.writeString(dir.resolve("a.json"), BatchCases.line(1));
        assertThat(f.toFile().setReadable(false, false)).isTrue();
        Assumptions.assumeFalse(root() || Files.isReadable(f), "running as root, who reads a file without read "
                + "permission; the reason's wording is checked by theReasonWithoutThePath");
        CliRun r = CliRun.run("batch", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEqualTo("{\"index\":0,\"source\":\"a.json\",\"outcome\":\"INVALID\",\"problems\":[{"
                + "\"path\":\"$\",\"code\":\"unreadable\",\"message\":\"cannot read the case file a.json: permission "
                + "denied\"}]}\n");
    }

    @Test
    void anUnreadableBatchFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cases"));
        assertThat(folder.toFile().setReadable(false, false)).isTrue();
        Assumptions.assumeFalse(root() || Files.isReadable(folder), "running as root, who lists a folder without "
                + "read permission");
        CliRun r = CliRun.run("batch", folder.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cannot read the folder " + folder + ": permission denied\n");
    }

    /** A case file of a batch folder that is not UTF-8 is invalid_encoding, as for evaluate (it was "unreadable"). */
    @Test
    void aCaseOfABatchFolderThatIsNotUtf8() throws Exception {
        Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
        CliRun r = CliRun.run("batch", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("{\"index\":0,\"source\":\"latin1.json\",\"outcome\":\"INVALID\"")
                .contains("\"code\":\"invalid_encoding\"");
        assertThat(CliRun.run("evaluate", dir.resolve("latin1.json").toString()).err()).contains("[invalid_encoding]");
    }
}
