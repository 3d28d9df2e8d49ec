package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A user's membership of one guild. */
public final class Member {
    public final User user;
    public final Set<Long> roleIds = new LinkedHashSet<>();
    public final Instant joinedAt;
    /** the member's nickname in this guild (null: none, their display name shows) */
    public String nick;
    public Instant timeoutUntil;
    public Long voiceChannelId;

    public Member(User user, Instant joinedAt) {
        this.user = user;
        this.joinedAt = joinedAt;
    }
}
