package community.platform.testkit;

import community.platform.contracts.GoldenExamples.Example;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Consumer contract tests: sends every golden example (old versions included) to a topic exactly as a producer would,
 * with its type in {@code ce_type}, so the test can check that the consumer handled each one and dead-lettered none.
 */
public final class GoldenExampleFeeder {

    private GoldenExampleFeeder() {
    }

    /** Returns the ce_id given to each example, in order. */
    public static List<String> feed(CommandSender sender, String topic, String key, List<Example> examples) {
        List<String> ids = new ArrayList<>();
        for (Example example : examples) {
            String id = "golden-" + example + "-" + UUID.randomUUID();
            CommandSender.await(sender.sendRaw(topic, key, id, example.type().type(),
                    example.json().getBytes(StandardCharsets.UTF_8)));
            ids.add(id);
        }
        return ids;
    }
}
