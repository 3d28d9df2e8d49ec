package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import community.platform.gateway.GatewayProperties;
import community.platform.runtime.config.PlatformProperties;
import community.platform.scheduler.config.SchedulerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The root {@code docker-compose.yml}, checked without running it: valid against the Compose Specification's JSON
 * Schema ({@code compose/compose-spec.json}, from the compose-spec project), every {@code depends_on}, volume and
 * secret it names declared, and each platform service's environment made only of settings that service reads (its
 * placeholders and its configuration properties by Spring's relaxed binding), with the ones it needs present.
 */
class ComposeFileTest {

    /** The platform services in the compose file, each with the properties classes it binds besides the platform's. */
    static final Map<String, List<Class<?>>> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("gateway", List.of(PlatformProperties.class, GatewayProperties.class));
        SERVICES.put("voting", List.of(PlatformProperties.class));
        SERVICES.put("economy", List.of(PlatformProperties.class));
        SERVICES.put("raid", List.of(PlatformProperties.class));
        SERVICES.put("moderation", List.of(PlatformProperties.class));
        SERVICES.put("scheduler", List.of(PlatformProperties.class, SchedulerProperties.class));
    }

    /** What every service needs from the environment (the database password comes as a secret file). */
    static final Set<String> NEEDED = Set.of("PLATFORM_DB_URL", "PLATFORM_DB_USER", "PLATFORM_KAFKA_BOOTSTRAP", "PORT",
            "SPRING_CONFIG_IMPORT");
    /** Spring's own settings the compose file may set: the config tree of secret files. */
    static final Set<String> SPRING = Set.of("SPRING_CONFIG_IMPORT");

    static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        compose = new YAMLMapper().readTree(Files.readString(Path.of("..", "docker-compose.yml")));
    }

    @Test
    @DisplayName("GIVEN the root docker-compose.yml WHEN validated against the Compose Specification's JSON Schema THEN no error")
    void validAgainstTheComposeSpecification() throws IOException {
        try (InputStream spec = ComposeFileTest.class.getResourceAsStream("/compose/compose-spec.json")) {
            // the schema's draft-4 style "id"s (names, not URIs) are no keyword of the draft it declares (2019-09)
            JsonNode schema = new tools.jackson.databind.json.JsonMapper().readTree(spec);
            withoutIds(schema);
            List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(schema).validate(compose);
            assertThat(errors).extracting(e -> e.getInstanceLocation() + ": " + e.getMessage()).isEmpty();
        }
    }

    @Test
    @DisplayName("GIVEN every service WHEN its depends_on, volumes and secrets are read THEN each names something the file declares")
    void everyReferenceIsDeclared() {
        Set<String> services = names(compose.path("services"));
        Set<String> volumes = names(compose.path("volumes"));
        Set<String> secrets = names(compose.path("secrets"));
        compose.path("services").properties().forEach(e -> {
            JsonNode s = e.getValue();
            assertThat(names(s.path("depends_on"))).as(e.getKey() + " depends on").isSubsetOf(services);
            for (JsonNode v : s.path("volumes")) {
                String source = v.asString().split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(volumes).as(e.getKey() + " mounts the volume " + source).contains(source);
                }
            }
            for (JsonNode secret : s.path("secrets")) {
                assertThat(secrets).as(e.getKey() + " uses the secret " + secret.asString())
                        .contains(secret.asString());
            }
            assertThat(s.has("image")).as(e.getKey() + " has an image").isTrue();
            assertThat(s.path("image").asString()).as(e.getKey() + "'s image is a variable with a public default")
                    .matches("\\$\\{[A-Z_]+_IMAGE:-[^}]+}");
        });
        assertThat(services).containsAll(SERVICES.keySet()).contains("postgres", "kafka", "connect");
    }

    @Test
    @DisplayName("GIVEN each platform service WHEN its environment is read THEN every variable is a setting the service reads, the needed ones are there, its health check asks its own port, and secrets come from files")
    void environmentMatchesTheSettings() throws IOException {
        for (var service : SERVICES.entrySet()) {
            JsonNode s = compose.path("services").path(service.getKey());
            Set<String> environment = names(s.path("environment"));
            Set<String> read = readBy(service.getKey(), service.getValue());
            List<String> unknown = new ArrayList<>();
            for (String variable : environment) {
                if (!read.contains(variable) && !SPRING.contains(variable)) {
                    unknown.add(variable);
                }
            }
            assertThat(unknown).as(service.getKey() + ": variables it does not read").isEmpty();
            assertThat(environment).as(service.getKey() + ": what it needs").containsAll(NEEDED);
            assertThat(environment).as("no secret in the environment").doesNotContain("PLATFORM_DB_PASSWORD",
                    "DISCORD_TOKEN");
            assertThat(names(s.path("secrets"))).contains("PLATFORM_DB_PASSWORD");
            String port = s.path("environment").path("PORT").asString();
            assertThat(s.path("healthcheck").path("test").toString()).as(service.getKey() + "'s health check")
                    .contains("127.0.0.1:" + port + "/actuator/health/readiness");
        }
        assertThat(names(compose.path("services").path("gateway").path("secrets"))).contains("DISCORD_TOKEN");
        assertThat(readBy("gateway", SERVICES.get("gateway"))).as("the token's placeholder, filled by the secret file")
                .contains("DISCORD_TOKEN", "PLATFORM_DB_PASSWORD");
        compose.path("secrets").properties().forEach(e -> assertThat(e.getValue().has("file"))
                .as("the secret " + e.getKey() + " comes from a file").isTrue());
    }

    /**
     * The environment variables a service reads: the placeholders of its configuration files and its configuration
     * properties by Spring's relaxed binding ({@code gateway.discord.rest-url} is {@code GATEWAY_DISCORD_RESTURL}).
     */
    static Set<String> readBy(String service, List<Class<?>> properties) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String file : List.of("/platform-defaults.yml", "/" + service + ".yml")) {
            try (InputStream in = ComposeFileTest.class.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        for (Class<?> c : properties) {
            String prefix = c.getAnnotation(ConfigurationProperties.class).value();
            collect(prefix, c, out, new HashSet<>());
        }
        return out;
    }

    private static void collect(String prefix, Class<?> type, Set<String> out, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            out.add(prefix.toUpperCase().replace('.', '_').replace("-", ""));
            return;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            String name = prefix + "." + rc.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
            Class<?> t = rc.getType();
            if (t.isRecord()) {
                collect(name, t, out, seen);
            } else {
                out.add(name.toUpperCase().replace('.', '_').replace("-", ""));
                Type g = rc.getGenericType();
                if (g instanceof ParameterizedType) {
                    out.add(name.toUpperCase().replace('.', '_').replace("-", "") + "_0");
                }
            }
        }
    }

    private static void withoutIds(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode o) {
            if (o.path("id").isString()) {
                o.remove("id");
            }
        }
        node.forEach(ComposeFileTest::withoutIds);
    }

    static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        } else {
            node.propertyNames().forEach(out::add);
        }
        return out;
    }
}
