package community.platform.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's settings ({@code gateway.*}).
 *
 * @param discord      how to reach Discord
 * @param interactions how interactions become commands
 * @param actions      how Discord actions are performed
 * @param operators    the user ids of the platform's operators (environment {@code GATEWAY_OPERATORS}, comma
 *                     separated): only they may run the operator commands ({@code /remote_*}, {@code /backup_db}),
 *                     whatever their roles in a guild
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(@DefaultValue Discord discord, @DefaultValue Interactions interactions,
                                @DefaultValue Actions actions, @DefaultValue java.util.List<String> operators) {

    public GatewayProperties {
        operators = java.util.List.copyOf(operators);
        for (String id : operators) {
            if (!id.matches("[0-9]{17,20}")) {
                throw new IllegalArgumentException("gateway.operators holds Discord user ids, not '" + id + "'");
            }
        }
    }

    /**
     * @param enabled       false runs the service without Discord (its pipeline only)
     * @param token         the bot token (environment {@code DISCORD_TOKEN}); never put it in a file
     * @param restUrl       Discord's REST base URL; set it to the emulator's ({@code http://127.0.0.1:PORT/api/v10/})
     *                      and the gateway URL is learned from its {@code /gateway/bot}
     * @param guildCommands register slash commands per guild (instant) instead of globally
     * @param httpConnections connections to the REST API kept open between requests: at least as many as the
     *                      requests in flight at once (each lane's action threads, five per unit of
     *                      {@code gateway.actions.parallelism}, and the acknowledgements), or each request above it
     *                      opens a connection and closes it again (JDA's own client keeps 5)
     */
    public record Discord(@DefaultValue("true") boolean enabled, String token,
                          @DefaultValue("https://discord.com/api/v10/") String restUrl,
                          @DefaultValue("false") boolean guildCommands, @DefaultValue("64") int httpConnections) {

        public Discord {
            if (httpConnections < 1) {
                throw new IllegalArgumentException("gateway.discord.http-connections must be at least 1, not "
                        + httpConnections);
            }
        }

        public boolean official() {
            return restUrl.startsWith("https://discord.com/");
        }
    }

    /**
     * @param recordDeadline how long after receipt an interaction's command may wait to be recorded; past it, it is
     *                       not recorded and the member is told so (with the answer's trip to Discord it must stay
     *                       under Discord's 3 seconds)
     */
    public record Interactions(@DefaultValue("2s") Duration recordDeadline) {
    }

    /**
     * @param parallelism  channels whose actions are performed at the same time (one channel's actions stay in order)
     * @param maxAttempts  attempts of an action failing for a passing reason (Discord 5xx, network) before it is
     *                     dead-lettered
     * @param retention    how long performed action ids are kept (actions redelivered later than this are done again)
     * @param unhealthyAfter how long the action consumer may keep failing (database or Kafka away) before readiness
     *                     turns OUT_OF_SERVICE; a consumer that died turns health and liveness DOWN at once
     * @param dmPerSecond  the pace of direct messages (a ballot sent to every member): opening a DM channel is limited
     *                     to 10 per 10 s, so the default stays below 1 per second
     * @param dmBurst      direct messages sent at once before the pace applies
     * @param pausedPoll   how long an action lane's consumer waits in one poll while paused ({@code inFlight}): once
     *                     actions are done below it, the next are fetched after at most this
     * @param inFlight     actions a lane takes from Kafka and holds not yet done; at this many its consumer pauses
     *                     (polling, fetching nothing) until some are done
     */
    public record Actions(@DefaultValue("8") int parallelism, @DefaultValue("5") int maxAttempts,
                          @DefaultValue("7d") Duration retention, @DefaultValue("10s") Duration unhealthyAfter,
                          @DefaultValue("0.9") double dmPerSecond, @DefaultValue("5") int dmBurst,
                          @DefaultValue("10ms") Duration pausedPoll, @DefaultValue("2000") int inFlight) {
        public Actions {
            if (pausedPoll.isNegative() || pausedPoll.isZero()) {
                throw new IllegalArgumentException("gateway.actions.paused-poll must be above zero, not " + pausedPoll);
            }
            if (inFlight < 1) {
                throw new IllegalArgumentException("gateway.actions.in-flight must be at least 1, not " + inFlight);
            }
        }
    }
}
