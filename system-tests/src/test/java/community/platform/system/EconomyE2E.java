package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.economy.EconomyServiceApplication;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gacha economy end to end: members in the Discord emulator -> the real JDA client in the gateway -> Kafka ->
 * economy service -> outbox -> Debezium -> Kafka -> gateway -> the emulator shows the reply. Two guilds that never
 * see each other's data.
 */
class EconomyE2E {

    static final Duration DEADLINE = ProposalVotingE2E.DEADLINE;
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript alpha;
    static GuildScript beta;
    static MemberScript alice;
    static MemberScript bob;
    static MemberScript admin;
    static MemberScript carol;
    static RunningApp economy;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        alpha = discord.createGuild("Alpha");
        alpha.textChannel("game");
        alice = alpha.member("alice");
        bob = alpha.member("bob");
        admin = alpha.member("admin", alpha.role("Game master", Permission.MANAGE_SERVER.getRawValue()));
        beta = discord.createGuild("Beta");
        beta.textChannel("game");
        carol = beta.member("carol");
        economy = RunningApp.start(EconomyServiceApplication.class, infra, List.of("--platform.service=economy"));
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, economy, discord);
    }

    static MessageView reply(InteractionTicket ticket) {
        assertThat(ticket.awaitAck(DEADLINE)).as("acknowledged within Discord's 3 s").isPresent();
        return ticket.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }

    static String run(MemberScript member, String command, Map<String, ?> options) {
        return reply(member.runs("#game", command, options)).text();
    }

    static long count(String sql) throws Exception {
        return EmulatedDiscord.count(infra, sql);
    }

    static void grant(MemberScript to, String currency, long amount) {
        assertThat(run(admin, "/economy-admin grant", Map.of("member", Long.toString(to.id()), "currency", currency,
                "amount", amount))).contains("Granted");
    }

    @Test
    @DisplayName("100 simultaneous /daily clicks of one member: every click acknowledged in time, one reward, 99 'already claimed'")
    void hundredDailies() {
        List<InteractionTicket> clicks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            clicks.add(bob.runs("#game", "/daily"));
        }
        int claimed = 0;
        int already = 0;
        for (InteractionTicket t : clicks) {
            assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
            assertThat(Duration.between(t.createdAt(), t.ackedAt().orElseThrow())).isLessThan(DEADLINE);
            String text = t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP).text();
            claimed += text.contains("Daily reward claimed") ? 1 : 0;
            already += text.contains("already claimed") ? 1 : 0;
        }
        assertThat(claimed).isEqualTo(1);
        assertThat(already).isEqualTo(99);
        assertThat(run(bob, "/profile", Map.of())).contains("🪙 1,000 Gold", "💠 40 Aether");
    }

    @Test
    @DisplayName("concurrent summons, upgrades and dissolves with just enough gold for some: never negative, every click answered, ledger = balance")
    void concurrentSpends() throws Exception {
        MemberScript dana = alpha.member("dana");
        grant(dana, "gold", 1200);
        List<InteractionTicket> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clicks.add(dana.runs("#game", "/summon", Map.of("banner", "standard")));
            clicks.add(dana.runs("#game", "/esprit upgrade", Map.of("number", 1)));
            clicks.add(dana.runs("#game", "/esprit dissolve", Map.of("number", 2)));
        }
        int summons = 0;
        int refused = 0;
        for (InteractionTicket t : clicks) {
            String text = reply(t).text();
            summons += text.contains("summoned:") ? 1 : 0;
            refused += text.contains("Nothing was spent") || text.contains("no esprit #") ? 1 : 0;
        }
        // 1,200 gold pays 4 summons; each dissolve that ran before a summon paid back gold, so more may be affordable
        long refunded = count("select coalesce(sum(delta), 0) from economy.ledger where member_id = " + dana.id()
                + " and reason = 'DISSOLVE' and currency = 'gold'");
        assertThat(summons).isBetween(1, (int) ((1200 + refunded) / 300));
        assertThat(refused).isPositive();
        assertThat(count("select count(*) from economy.balance where amount < 0")).isZero();
        assertThat(count("""
                select count(*) from economy.balance b join
                  (select guild_id, member_id, currency, sum(delta) total from economy.ledger
                    group by guild_id, member_id, currency) l using (guild_id, member_id, currency)
                 where b.amount <> l.total""")).isZero();
        assertThat(count("select count(*) from economy.ledger where member_id = " + dana.id()
                + " and reason = 'SUMMON'")).isEqualTo(summons);
    }

    @Test
    @DisplayName("two guilds never see each other's data: wallets, esprits and leaderboards are per guild")
    void guildsApart() {
        grant(alice, "aether", 1440);
        assertThat(run(alice, "/summon", Map.of("banner", "premium", "count", 10))).contains("summoned:");
        assertThat(run(alice, "/team optimize", Map.of())).contains("Team power");
        assertThat(run(carol, "/daily", Map.of())).contains("Daily reward claimed");
        assertThat(run(carol, "/summon", Map.of())).contains("summoned:", "#1 ");
        assertThat(run(carol, "/esprit details", Map.of("number", 5, "member", Long.toString(alice.id()))))
                .contains("has no esprit #5 in this server");
        assertThat(run(carol, "/profile", Map.of("member", Long.toString(alice.id())))).contains("🪙 0 Gold",
                "💠 0 Aether", "0 esprits");
        assertThat(run(carol, "/leaderboard", Map.of())).doesNotContain("<@" + alice.id() + ">");
        assertThat(run(bob, "/leaderboard", Map.of())).contains("<@" + alice.id() + ">");
        assertThat(run(alice, "/esprit details", Map.of("number", 5))).contains("Power", "Owned by <@" + alice.id());
        assertThat(run(alice, "/esprit compare", Map.of("first", 1, "second", 2))).contains("#1", "#2").satisfiesAnyOf(t -> assertThat(t).contains("stronger by"),
                t -> assertThat(t).contains("equally strong"));
    }

    @Test
    @DisplayName("a long collection pages with buttons that keep working; filters narrow it")
    void collectionPages() {
        grant(alice, "aether", 2880);
        run(alice, "/summon", Map.of("banner", "premium", "count", 10));
        run(alice, "/summon", Map.of("banner", "premium", "count", 10));
        MessageView page1 = reply(alice.runs("#game", "/esprit collection"));
        assertThat(page1.text()).contains("Page 1/");
        InteractionTicket next = bob.clicks("Next ▶", page1);
        assertThat(next.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
        MessageView page2 = next.awaitReply(m -> m.text().contains("Page 2/"), ROUND_TRIP);
        assertThat(page2.id()).isEqualTo(page1.id());
        // the page button put on another message (a forged interaction) does not turn it into a collection page
        MessageView profile = reply(bob.runs("#game", "/profile"));
        InteractionTicket forged = bob.clicksCustomId(page2.button("Next ▶").customId(), profile);
        assertThat(forged.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(forged.reply().orElseThrow().content()).contains("does not belong to this message");
        assertThat(alpha.message("game", profile.id()).text()).contains("Profile").doesNotContain("Page ");
        String commons = run(alice, "/esprit collection", Map.of("rarity", "common"));
        assertThat(commons).contains("rarity common").doesNotContain("★★★★ ");
        assertThat(run(alice, "/esprit collection", Map.of("rarity", "mythic"))).contains("no rarity 'mythic'");
    }

    @Test
    @DisplayName("a guild admin changes the game data without a deploy; invalid data is refused with every problem; members cannot")
    void adminChangesGameData() {
        // Discord's client hides the command from members without Manage Server; a forged one is refused here too
        assertThatThrownBy(() -> bob.runs("#game", "/economy-admin set", Map.of("path", "daily.rewards.gold",
                "value", "5000"))).hasMessageContaining("hidden from bob");
        InteractionTicket denied = bob.runsForged("#game", "/economy-admin set", Map.of("path", "daily.rewards.gold",
                "value", "5000"));
        assertThat(denied.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(denied.ephemeral()).isTrue();
        assertThat(denied.reply().orElseThrow().content()).contains("Manage Server");

        String invalid = run(admin, "/economy-admin set", Map.of("path", "banners.standard.rates.legendary",
                "value", "0.5"));
        assertThat(invalid).contains("was not changed", "banners.standard.rates: the rates add up to 1.4");
        String typo = run(admin, "/economy-admin set", Map.of("path", "daily.rewards.gold", "value", "lots"));
        assertThat(typo).contains("daily.rewards.gold: string found, integer expected");

        assertThat(run(admin, "/economy-admin set", Map.of("path", "daily.rewards.gold", "value", "2500")))
                .contains("2500", "Revision 1");
        assertThat(run(admin, "/daily", Map.of())).contains("🪙 2,500 Gold");
        InteractionTicket elsewhere = carol.runsForged("#game", "/economy-admin show", Map.of("section", "daily"));
        assertThat(elsewhere.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(elsewhere.reply().orElseThrow().content()).contains("Manage Server");
        assertThat(run(admin, "/economy-admin reset", Map.of())).contains("reset to the defaults", "Revision 2");
    }
}
