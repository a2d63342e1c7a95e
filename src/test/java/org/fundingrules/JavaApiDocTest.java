package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of docs/java-api.md compiles against the library as it is: the blocks, in order, make one method, the
 * first block's names in scope of the others and each later block in a scope of its own, with the imports the
 * document names ({@link JavaSnippets#IMPORTS}).
 */
class JavaApiDocTest {
    private static final Path DOC = Path.of("docs/java-api.md");

    @TempDir
    Path temp;

    @Test
    void everyJavaSnippetOfTheApiDocumentCompiles() throws Exception {
        List<DocBlocks.Block> java = DocBlocks.of(DOC).stream().filter(b -> b.language().equals("java")).toList();
        assertThat(java).hasSizeGreaterThanOrEqualTo(5);
        StringBuilder body = new StringBuilder("// " + java.get(0).where() + "\n" + java.get(0).text());
        for (DocBlocks.Block b : java.subList(1, java.size())) {
            body.append("{ // ").append(b.where()).append('\n').append(b.text()).append("}\n");
        }
        ClassLoader loader = JavaSnippets.compile(temp, Map.of("JavaApiDoc.java",
                JavaSnippets.asClass("JavaApiDoc", body.toString())));
        assertThat(loader.loadClass("JavaApiDoc").getDeclaredMethod("run")).isNotNull();
    }

    /** The document says which imports the snippets assume; they are the ones the test gives them. */
    @Test
    void theDocumentNamesTheImportsTheTestUses() throws Exception {
        String doc = Files.readString(DOC);
        for (String i : JavaSnippets.IMPORTS) {
            String pkg = i.substring(0, i.length() - 2);
            assertThat(doc).as(pkg).contains("`" + pkg + "`");
        }
    }
}
