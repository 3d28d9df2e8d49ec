package community.platform.loadtest;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The click path's ceiling: a bot with nothing behind it. The same JDA client as the gateway, set up the same way
 * (intents, caches, the emulator's URLs), answering the same clicks with the same two Discord calls (the deferred
 * update, then the edit of the message through the interaction's webhook) from a tally it keeps in memory: no Kafka,
 * no database, nothing that survives it. {@code /proposal title:<t>} posts a ballot with Yes / No / Abstain buttons.
 * Run by {@link ClickBenchmark} as its own JVM, as the gateway is: {@code BareBot <rest-url> <gateway-url> <token>}.
 */
public final class BareBot extends ListenerAdapter {

    private static final String[] CHOICES = {"Yes", "No", "Abstain"};

    /** message -> member -> choice: a member's last click counts, as on the platform's ballots */
    private final Map<Long, Map<Long, String>> ballots = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: BareBot <rest-url> <gateway-url> <token>");
            System.exit(2);
        }
        JDA jda = JDABuilder.createLight(args[2], EnumSet.of(GatewayIntent.GUILD_MEMBERS,
                        GatewayIntent.GUILD_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS,
                        GatewayIntent.GUILD_VOICE_STATES, GatewayIntent.GUILD_MODERATION))
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.NONE)
                .enableCache(CacheFlag.VOICE_STATE)
                .setRestConfig(new RestConfig().setBaseUrl(args[0]))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return args[1];
                    }
                })
                .setCompression(Compression.NONE)
                .setHttpClientBuilder(httpClient())
                .addEventListeners(new BareBot())
                .build();
        jda.awaitReady();
        jda.updateCommands().addCommands(Commands.slash("proposal", "Open a ballot")
                .addOption(OptionType.STRING, "title", "What to vote on", true)).complete();
    }

    /** The REST client as the gateway's ({@code DiscordConnection.httpClient}, 64 connections kept). */
    private static OkHttpClient.Builder httpClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 10, TimeUnit.SECONDS));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String title = event.getOption("title", "Ballot", o -> o.getAsString());
        event.replyEmbeds(tally(title, Map.of()))
                .setComponents(ActionRow.of(Button.success("ballot:Yes", "Yes"), Button.danger("ballot:No", "No"),
                        Button.secondary("ballot:Abstain", "Abstain")))
                .queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String choice = event.getComponentId().substring("ballot:".length());
        Map<Long, String> ballot = ballots.computeIfAbsent(event.getMessageIdLong(), m -> new ConcurrentHashMap<>());
        ballot.put(event.getUser().getIdLong(), choice);
        String title = event.getMessage().getEmbeds().isEmpty() ? "Ballot"
                : event.getMessage().getEmbeds().getFirst().getTitle();
        event.deferEdit().queue(hook -> hook.editOriginalEmbeds(tally(title, ballot)).queue());
    }

    private static MessageEmbed tally(String title, Map<Long, String> ballot) {
        StringBuilder counts = new StringBuilder();
        for (String choice : CHOICES) {
            long n = ballot.values().stream().filter(choice::equals).count();
            counts.append(counts.isEmpty() ? "" : " · ").append(choice).append(": ").append(n);
        }
        return new EmbedBuilder().setTitle(title).setDescription(counts).build();
    }
}
