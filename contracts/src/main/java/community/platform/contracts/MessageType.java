package community.platform.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One versioned message type: its CloudEvents type string ({@code <owner>.<Name>.v<N>}), the record that carries it
 * and the JSON Schema every instance must satisfy. A breaking change is a new version; old versions stay registered
 * so that their golden examples keep being fed to consumers.
 */
public record MessageType<T extends Message>(String type, Class<T> javaType) {

    private static final Pattern TYPE = Pattern.compile("[a-z]+\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*");

    public MessageType {
        Objects.requireNonNull(javaType, "javaType");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("type must look like <owner>.<Name>.v<N>, got " + type);
        }
    }

    public String owner() {
        return type.substring(0, type.indexOf('.'));
    }

    /** Classpath location of the JSON Schema of this type. */
    public String schemaResource() {
        return "contracts/schemas/" + type + ".json";
    }

    /** Classpath folder holding the golden examples of this type. */
    public String examplesFolder() {
        return "contracts/examples/" + type;
    }
}
