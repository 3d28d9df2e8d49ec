package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A user's membership of one guild. */
public final class Member {
    public final User user;
    public final Set<Long> roleIds = new LinkedHashSet<>();
    public final Instant joinedAt;
    public Instant timeoutUntil;
    public Long voiceChannelId;

    public Member(User user, Instant joinedAt) {
        this.user = user;
        this.joinedAt = joinedAt;
    }
}
