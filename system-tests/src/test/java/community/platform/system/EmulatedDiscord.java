package community.platform.system;

import community.platform.discord.emulator.DiscordEmulator;
import java.util.List;

/** The settings that point the gateway at a Discord emulator instead of Discord. */
final class EmulatedDiscord {

    private EmulatedDiscord() {
    }

    static List<String> args(DiscordEmulator discord) {
        return List.of("--platform.service=gateway", "--gateway.discord.rest-url=" + discord.restUrl(),
                "--gateway.discord.token=" + discord.token());
    }

    /** Closes each in turn (services before the emulator), going on past any that fails or was never started. */
    static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable c : resources) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // stop the rest
            }
        }
    }

    /** {@link #count(community.platform.testkit.RealInfra, String)} for conditions awaited in a lambda. */
    static long counted(community.platform.testkit.RealInfra infra, String sql) {
        try {
            return count(infra, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query on the test class's database (a count). */
    static long count(community.platform.testkit.RealInfra infra, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
