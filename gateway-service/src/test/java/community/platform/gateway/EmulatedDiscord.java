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
}
