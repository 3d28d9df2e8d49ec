package community.platform.raid.board;

import java.util.List;

/** The open raids of a guild as the raid list shows them, one line each (implemented where raids are planned). */
public interface OpenRaids {

    List<String> lines(long guildId);
}
