package community.platform.runtime;

import community.platform.testkit.RealInfra;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts the test service against a test class's real Kafka and PostgreSQL; close it to stop it. */
final class RunningService implements AutoCloseable {

    static final String SERVICE = "economy";

    final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningService start(RealInfra infra, Object... extraBeans) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BackboneTestApplication.class)
                .properties(Map.of("platform.service", SERVICE,
                        "spring.config.import", "classpath:platform-defaults.yml"));
        for (Object bean : extraBeans) {
            builder.initializers(ctx -> ctx.getBeanFactory().registerSingleton(bean.getClass().getName(), bean));
        }
        return new RunningService(builder.run(Stream.concat(Stream.of(infra.serviceArgs()),
                Stream.of("--logging.structured.format.console=")).toArray(String[]::new)));
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    long echoes(String guildId, String probeId) {
        Long n = jdbc().query("select echoes from pipeline_probe where guild_id = ? and probe_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, guildId, probeId);
        return n == null ? 0 : n;
    }

    @Override
    public void close() {
        context.close();
    }
}
