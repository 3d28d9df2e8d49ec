package community.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicDefinitionsTest {

    @Test
    @DisplayName("infra/deploy/topics.tsv lists every topic of the registry and each commands topic's dead letters (discord.actions included), with the same key")
    void deployDefinitionsMatchTheRegistry() throws Exception {
        Map<String, String> deployed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../infra/deploy/topics.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(3);
                assertThat(Integer.parseInt(cells[1])).as(line).isPositive();
                deployed.put(cells[0], cells[2]);
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Topic t : Topics.ALL) {
            expected.put(t.name(), t.key());
            if (Topics.isCommands(t.name())) {
                expected.put(t.deadLetters().name(), t.deadLetters().key());
            }
        }
        assertThat(deployed).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
