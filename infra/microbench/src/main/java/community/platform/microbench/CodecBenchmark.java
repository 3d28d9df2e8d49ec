package community.platform.microbench;

import community.platform.contracts.GoldenExamples;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * The codec every service runs on every record (the economy service's profile: a third of its consumer thread), on
 * golden examples: a command decoded as services decode it (JSON tree, schema validation, record), its parts on their
 * own (parsing, validating, binding the tree, and binding straight from bytes), and a reply encoded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    @Param({"economy.Summon.v1", "voting.CastBallot.v1", "discord.EditInteractionReply.v1"})
    public String type;

    private final MessageCodec codec = new MessageCodec();
    private MessageType<?> messageType;
    private byte[] json;
    private JsonNode tree;
    private Message message;

    @Setup
    public void setUp() {
        messageType = MessageCatalog.byType(type).orElseThrow();
        json = GoldenExamples.of(messageType).getFirst().json().getBytes(StandardCharsets.UTF_8);
        tree = codec.mapper().readTree(json);
        message = codec.decode(type, json);
    }

    @Benchmark
    public Message decode() {
        return codec.decode(type, json);
    }

    @Benchmark
    public JsonNode parseTree() {
        return codec.mapper().readTree(json);
    }

    @Benchmark
    public Object validate() {
        return codec.validate(messageType, tree);
    }

    @Benchmark
    public Object bindTree() {
        return codec.mapper().treeToValue(tree, messageType.javaType());
    }

    @Benchmark
    public Object bindBytes() {
        return codec.mapper().readValue(json, messageType.javaType());
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(message);
    }
}
