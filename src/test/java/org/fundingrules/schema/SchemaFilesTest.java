package org.fundingrules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schemas under docs/schema are the generated ones. After a change to the model or trace records, regenerate
 * them with {@code mvn test -Dtest=SchemaFilesTest -Dfundingrules.updateExpected=true} and review the diff.
 */
class SchemaFilesTest {

    private static void matches(String generated, Path committed) throws Exception {
        if (Boolean.getBoolean("fundingrules.updateExpected")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
        }
        assertThat(committed).as("%s is generated: rerun with -Dfundingrules.updateExpected=true", committed)
                .exists();
        assertThat(Files.readString(committed)).as("%s differs from the generated schema", committed)
                .isEqualTo(generated);
    }

    @Test
    void caseSchemaIsTheGeneratedOne() throws Exception {
        matches(Schemas.text(Schemas.caseSchema()), SchemaCheck.CASE);
    }

    @Test
    void verdictSchemaIsTheGeneratedOne() throws Exception {
        matches(Schemas.text(Schemas.verdictSchema()), SchemaCheck.VERDICT);
    }

    @Test
    void generationIsDeterministic() {
        assertThat(Schemas.text(Schemas.caseSchema())).isEqualTo(Schemas.text(Schemas.caseSchema()));
        assertThat(Schemas.text(Schemas.verdictSchema())).isEqualTo(Schemas.text(Schemas.verdictSchema()));
    }
}
