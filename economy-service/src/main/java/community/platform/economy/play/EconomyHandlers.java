package community.platform.economy.play;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.Summon;
import community.platform.runtime.messaging.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where a click lands in the economy: each command type on {@code economy.commands} and who handles it. */
@Configuration
class EconomyHandlers {

    @Bean
    MessageHandler<ClaimDaily> claimDailyHandler(MemberActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.CLAIM_DAILY, actions::claimDaily);
    }

    @Bean
    MessageHandler<Summon> summonHandler(MemberActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.SUMMON, actions::summon);
    }

    @Bean
    MessageHandler<ChangeEsprit> changeEspritHandler(MemberActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.CHANGE_ESPRIT, actions::changeEsprit);
    }

    @Bean
    MessageHandler<ArrangeTeam> arrangeTeamHandler(MemberActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.ARRANGE_TEAM, actions::arrangeTeam);
    }

    @Bean
    MessageHandler<GrantCurrency> grantCurrencyHandler(MemberActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.GRANT_CURRENCY, actions::grant);
    }

    @Bean
    MessageHandler<ShowEconomy> showEconomyHandler(MemberViews views) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.SHOW_ECONOMY, views::show);
    }

    @Bean
    MessageHandler<ChangeGameSettings> changeGameSettingsHandler(GameSettingsActions actions) {
        return MessageHandler.of(Topics.ECONOMY_COMMANDS, MessageCatalog.CHANGE_GAME_SETTINGS, actions::change);
    }
}
