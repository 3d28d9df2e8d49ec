package community.platform.discord.emulator.model;

/** The permission bits the emulator's guilds use (Discord's values). */
public final class Permissions {
    public static final long KICK_MEMBERS = 1L << 1;
    public static final long BAN_MEMBERS = 1L << 2;
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_CHANNELS = 1L << 4;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long CONNECT = 1L << 20;
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long MANAGE_NICKNAMES = 1L << 27;
    public static final long MANAGE_ROLES = 1L << 28;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    /** delete and archive any thread, lock threads, post in locked ones (topics/threads.mdx "Permissions") */
    public static final long MANAGE_THREADS = 1L << 34;
    public static final long CREATE_PUBLIC_THREADS = 1L << 35;
    public static final long CREATE_PRIVATE_THREADS = 1L << 36;
    /** in threads this replaces SEND_MESSAGES, which "has no effect in threads" */
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    public static final long MODERATE_MEMBERS = 1L << 40;
    public static final long ALL = (1L << 51) - 1;

    /** What @everyone may do in a new guild. */
    public static final long MEMBER_DEFAULTS = VIEW_CHANNEL | SEND_MESSAGES | ADD_REACTIONS | EMBED_LINKS
            | ATTACH_FILES | READ_MESSAGE_HISTORY | CONNECT | USE_APPLICATION_COMMANDS;

    /**
     * What a new guild gives the bot's role: what the platform's invite asks for (README: send messages, embed links,
     * manage roles, moderate, kick and ban members) and what its features use (reactions, channels, message history,
     * public threads and posting in them). Not ADMINISTRATOR: Discord's permission and role-position rules apply to
     * the bot as to anyone.
     */
    public static final long BOT_DEFAULTS = MEMBER_DEFAULTS | KICK_MEMBERS | BAN_MEMBERS | MANAGE_CHANNELS
            | MANAGE_MESSAGES | MANAGE_ROLES | MODERATE_MEMBERS | CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS;

    private Permissions() {
    }
}
