package community.platform.gateway;

import community.platform.discord.emulator.DiscordEmulator;
import java.util.List;

/** The settings that point the gateway at a Discord emulator instead of Discord. */
final class EmulatedDiscord {

    private EmulatedDiscord() {
    }

    static List<String> args(DiscordEmulator discord) {
        return List.of("--gateway.discord.rest-url=" + discord.restUrl(),
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
}
