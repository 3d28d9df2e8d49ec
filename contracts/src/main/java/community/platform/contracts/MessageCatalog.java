package community.platform.contracts;

import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.CountReactions;
import community.platform.contracts.discord.CreateChannel;
import community.platform.contracts.discord.CreateRole;
import community.platform.contracts.discord.DeleteRole;
import community.platform.contracts.discord.PostInThread;
import community.platform.contracts.discord.PurgeMessages;
import community.platform.contracts.discord.DeleteChannelMessage;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.MemberJoined;
import community.platform.contracts.discord.MemberLeft;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.ModerateMember;
import community.platform.contracts.discord.ReactionChanged;
import community.platform.contracts.discord.ReactionsCounted;
import community.platform.contracts.discord.ReactionsUncounted;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.discord.TrackReactions;
import community.platform.contracts.discord.VoiceStateChanged;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.Summon;
import community.platform.contracts.moderation.CastModVote;
import community.platform.contracts.gateway.LogChannelSet;
import community.platform.contracts.gateway.SetLogChannel;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.contracts.moderation.ModActionTaken;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.contracts.moderation.TakeModAction;
import community.platform.contracts.probe.ProbeEchoed;
import community.platform.contracts.probe.SendProbe;
import community.platform.contracts.raid.CancelAllRaids;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.ConfigureRaids;
import community.platform.contracts.raid.RequestBackup;
import community.platform.contracts.raid.SaveTemplate;
import community.platform.contracts.raid.ShowRaids;
import community.platform.contracts.raid.VoiceXpGained;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.contracts.raid.RaidFinished;
import community.platform.contracts.raid.RaidPlanned;
import community.platform.contracts.raid.RaidVoteChanged;
import community.platform.contracts.raid.VoteRaid;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.scheduler.EnrolGuild;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.contracts.voting.BallotCast;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CloseProposal;
import community.platform.contracts.voting.ConfigureConstitution;
import community.platform.contracts.voting.ConstitutionChanged;
import community.platform.contracts.voting.InvestTokens;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.contracts.voting.ManageWishes;
import community.platform.contracts.voting.SubmitWish;
import community.platform.contracts.voting.WishDeclined;
import community.platform.contracts.voting.WishGranted;
import community.platform.contracts.voting.WishPosted;
import community.platform.contracts.voting.WishVotesChanged;
import community.platform.contracts.voting.WishWithdrawn;
import community.platform.contracts.voting.StageClosed;
import community.platform.contracts.voting.StageStarted;
import community.platform.contracts.voting.TokensInvested;
import community.platform.contracts.voting.OpenProposal;
import community.platform.contracts.voting.ProposalClosed;
import community.platform.contracts.voting.ProposalOpened;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every message type of the system, old versions included. */
public final class MessageCatalog {

    public static final MessageType<SendProbe> SEND_PROBE = new MessageType<>("platform.SendProbe.v1", SendProbe.class);
    public static final MessageType<ProbeEchoed> PROBE_ECHOED =
            new MessageType<>("platform.ProbeEchoed.v1", ProbeEchoed.class);

    public static final MessageType<ScheduleTimer> SCHEDULE_TIMER =
            new MessageType<>("scheduler.ScheduleTimer.v1", ScheduleTimer.class);
    public static final MessageType<CancelTimer> CANCEL_TIMER =
            new MessageType<>("scheduler.CancelTimer.v1", CancelTimer.class);
    public static final MessageType<TimerFired> TIMER_FIRED =
            new MessageType<>("scheduler.TimerFired.v1", TimerFired.class);
    public static final MessageType<ConfigureJob> CONFIGURE_JOB =
            new MessageType<>("scheduler.ConfigureJob.v1", ConfigureJob.class);
    public static final MessageType<EnrolGuild> ENROL_GUILD =
            new MessageType<>("scheduler.EnrolGuild.v1", EnrolGuild.class);
    public static final MessageType<RunJobNow> RUN_JOB_NOW =
            new MessageType<>("scheduler.RunJobNow.v1", RunJobNow.class);
    public static final MessageType<JobTicked> JOB_TICKED =
            new MessageType<>("scheduler.JobTicked.v1", JobTicked.class);

    public static final MessageType<EditInteractionReply> EDIT_INTERACTION_REPLY =
            new MessageType<>("discord.EditInteractionReply.v1", EditInteractionReply.class);
    public static final MessageType<SendInteractionFollowup> SEND_INTERACTION_FOLLOWUP =
            new MessageType<>("discord.SendInteractionFollowup.v1", SendInteractionFollowup.class);
    public static final MessageType<SendChannelMessage> SEND_CHANNEL_MESSAGE =
            new MessageType<>("discord.SendChannelMessage.v1", SendChannelMessage.class);
    public static final MessageType<EditChannelMessage> EDIT_CHANNEL_MESSAGE =
            new MessageType<>("discord.EditChannelMessage.v1", EditChannelMessage.class);
    public static final MessageType<DeleteChannelMessage> DELETE_CHANNEL_MESSAGE =
            new MessageType<>("discord.DeleteChannelMessage.v1", DeleteChannelMessage.class);
    public static final MessageType<SendDirectMessage> SEND_DIRECT_MESSAGE =
            new MessageType<>("discord.SendDirectMessage.v1", SendDirectMessage.class);
    public static final MessageType<ModerateMember> MODERATE_MEMBER =
            new MessageType<>("discord.ModerateMember.v1", ModerateMember.class);

    public static final MessageType<TrackReactions> TRACK_REACTIONS =
            new MessageType<>("discord.TrackReactions.v1", TrackReactions.class);
    public static final MessageType<CountReactions> COUNT_REACTIONS =
            new MessageType<>("discord.CountReactions.v1", CountReactions.class);
    public static final MessageType<CreateChannel> CREATE_CHANNEL =
            new MessageType<>("discord.CreateChannel.v1", CreateChannel.class);
    public static final MessageType<CreateRole> CREATE_ROLE =
            new MessageType<>("discord.CreateRole.v1", CreateRole.class);
    public static final MessageType<DeleteRole> DELETE_ROLE =
            new MessageType<>("discord.DeleteRole.v1", DeleteRole.class);
    public static final MessageType<PurgeMessages> PURGE_MESSAGES =
            new MessageType<>("discord.PurgeMessages.v1", PurgeMessages.class);
    public static final MessageType<PostInThread> POST_IN_THREAD =
            new MessageType<>("discord.PostInThread.v1", PostInThread.class);

    public static final MessageType<ReactionChanged> REACTION_CHANGED =
            new MessageType<>("discord.ReactionChanged.v1", ReactionChanged.class);
    public static final MessageType<MemberJoined> MEMBER_JOINED =
            new MessageType<>("discord.MemberJoined.v1", MemberJoined.class);
    public static final MessageType<MemberLeft> MEMBER_LEFT =
            new MessageType<>("discord.MemberLeft.v1", MemberLeft.class);
    public static final MessageType<VoiceStateChanged> VOICE_STATE_CHANGED =
            new MessageType<>("discord.VoiceStateChanged.v1", VoiceStateChanged.class);
    public static final MessageType<MessageDeleted> MESSAGE_DELETED =
            new MessageType<>("discord.MessageDeleted.v1", MessageDeleted.class);
    public static final MessageType<MembersListed> MEMBERS_LISTED =
            new MessageType<>("discord.MembersListed.v1", MembersListed.class);
    public static final MessageType<ReactionsCounted> REACTIONS_COUNTED =
            new MessageType<>("discord.ReactionsCounted.v1", ReactionsCounted.class);
    public static final MessageType<ReactionsUncounted> REACTIONS_UNCOUNTED =
            new MessageType<>("discord.ReactionsUncounted.v1", ReactionsUncounted.class);
    public static final MessageType<ActionPerformed> ACTION_PERFORMED =
            new MessageType<>("discord.ActionPerformed.v1", ActionPerformed.class);
    public static final MessageType<ActionRefused> ACTION_REFUSED =
            new MessageType<>("discord.ActionRefused.v1", ActionRefused.class);

    public static final MessageType<OpenProposal> OPEN_PROPOSAL =
            new MessageType<>("voting.OpenProposal.v1", OpenProposal.class);
    public static final MessageType<CastBallot> CAST_BALLOT =
            new MessageType<>("voting.CastBallot.v1", CastBallot.class);
    public static final MessageType<ConfigureConstitution> CONFIGURE_CONSTITUTION =
            new MessageType<>("voting.ConfigureConstitution.v1", ConfigureConstitution.class);
    public static final MessageType<ConstitutionChanged> CONSTITUTION_CHANGED =
            new MessageType<>("voting.ConstitutionChanged.v1", ConstitutionChanged.class);
    public static final MessageType<CloseProposal> CLOSE_PROPOSAL =
            new MessageType<>("voting.CloseProposal.v1", CloseProposal.class);
    public static final MessageType<ProposalOpened> PROPOSAL_OPENED =
            new MessageType<>("voting.ProposalOpened.v1", ProposalOpened.class);
    public static final MessageType<BallotCast> BALLOT_CAST =
            new MessageType<>("voting.BallotCast.v1", BallotCast.class);
    public static final MessageType<ProposalClosed> PROPOSAL_CLOSED =
            new MessageType<>("voting.ProposalClosed.v1", ProposalClosed.class);
    public static final MessageType<ManageCampaign> MANAGE_CAMPAIGN =
            new MessageType<>("voting.ManageCampaign.v1", ManageCampaign.class);
    public static final MessageType<InvestTokens> INVEST_TOKENS =
            new MessageType<>("voting.InvestTokens.v1", InvestTokens.class);
    public static final MessageType<StageStarted> STAGE_STARTED =
            new MessageType<>("voting.StageStarted.v1", StageStarted.class);
    public static final MessageType<TokensInvested> TOKENS_INVESTED =
            new MessageType<>("voting.TokensInvested.v1", TokensInvested.class);
    public static final MessageType<StageClosed> STAGE_CLOSED =
            new MessageType<>("voting.StageClosed.v1", StageClosed.class);
    public static final MessageType<SubmitWish> SUBMIT_WISH =
            new MessageType<>("voting.SubmitWish.v1", SubmitWish.class);
    public static final MessageType<ManageWishes> MANAGE_WISHES =
            new MessageType<>("voting.ManageWishes.v1", ManageWishes.class);
    public static final MessageType<WishPosted> WISH_POSTED =
            new MessageType<>("voting.WishPosted.v1", WishPosted.class);
    public static final MessageType<WishVotesChanged> WISH_VOTES_CHANGED =
            new MessageType<>("voting.WishVotesChanged.v1", WishVotesChanged.class);
    public static final MessageType<WishGranted> WISH_GRANTED =
            new MessageType<>("voting.WishGranted.v1", WishGranted.class);
    public static final MessageType<WishDeclined> WISH_DECLINED =
            new MessageType<>("voting.WishDeclined.v1", WishDeclined.class);
    public static final MessageType<WishWithdrawn> WISH_WITHDRAWN =
            new MessageType<>("voting.WishWithdrawn.v1", WishWithdrawn.class);

    public static final MessageType<ClaimDaily> CLAIM_DAILY =
            new MessageType<>("economy.ClaimDaily.v1", ClaimDaily.class);
    public static final MessageType<Summon> SUMMON =
            new MessageType<>("economy.Summon.v1", Summon.class);
    public static final MessageType<ChangeEsprit> CHANGE_ESPRIT =
            new MessageType<>("economy.ChangeEsprit.v1", ChangeEsprit.class);
    public static final MessageType<ArrangeTeam> ARRANGE_TEAM =
            new MessageType<>("economy.ArrangeTeam.v1", ArrangeTeam.class);
    public static final MessageType<ShowEconomy> SHOW_ECONOMY =
            new MessageType<>("economy.ShowEconomy.v1", ShowEconomy.class);
    public static final MessageType<ChangeGameSettings> CHANGE_GAME_SETTINGS =
            new MessageType<>("economy.ChangeGameSettings.v1", ChangeGameSettings.class);
    public static final MessageType<GrantCurrency> GRANT_CURRENCY =
            new MessageType<>("economy.GrantCurrency.v1", GrantCurrency.class);

    public static final MessageType<PlanRaid> PLAN_RAID = new MessageType<>("raid.PlanRaid.v1", PlanRaid.class);
    public static final MessageType<VoteRaid> VOTE_RAID = new MessageType<>("raid.VoteRaid.v1", VoteRaid.class);
    public static final MessageType<CloseRaid> CLOSE_RAID = new MessageType<>("raid.CloseRaid.v1", CloseRaid.class);
    public static final MessageType<RaidPlanned> RAID_PLANNED =
            new MessageType<>("raid.RaidPlanned.v1", RaidPlanned.class);
    public static final MessageType<RaidVoteChanged> RAID_VOTE_CHANGED =
            new MessageType<>("raid.RaidVoteChanged.v1", RaidVoteChanged.class);
    public static final MessageType<RaidFinished> RAID_FINISHED =
            new MessageType<>("raid.RaidFinished.v1", RaidFinished.class);
    public static final MessageType<RaidCancelled> RAID_CANCELLED =
            new MessageType<>("raid.RaidCancelled.v1", RaidCancelled.class);
    public static final MessageType<ConfigureRaids> CONFIGURE_RAIDS =
            new MessageType<>("raid.ConfigureRaids.v1", ConfigureRaids.class);
    public static final MessageType<ShowRaids> SHOW_RAIDS = new MessageType<>("raid.ShowRaids.v1", ShowRaids.class);
    public static final MessageType<PostRaidBoard> POST_RAID_BOARD =
            new MessageType<>("raid.PostRaidBoard.v1", PostRaidBoard.class);
    public static final MessageType<CancelAllRaids> CANCEL_ALL_RAIDS =
            new MessageType<>("raid.CancelAllRaids.v1", CancelAllRaids.class);
    public static final MessageType<SaveTemplate> SAVE_TEMPLATE =
            new MessageType<>("raid.SaveTemplate.v1", SaveTemplate.class);
    public static final MessageType<RequestBackup> REQUEST_BACKUP =
            new MessageType<>("raid.RequestBackup.v1", RequestBackup.class);
    public static final MessageType<VoiceXpGained> VOICE_XP_GAINED =
            new MessageType<>("raid.VoiceXpGained.v1", VoiceXpGained.class);

    public static final MessageType<OpenEscalation> OPEN_ESCALATION =
            new MessageType<>("moderation.OpenEscalation.v1", OpenEscalation.class);
    public static final MessageType<CastModVote> CAST_MOD_VOTE =
            new MessageType<>("moderation.CastModVote.v1", CastModVote.class);
    public static final MessageType<ShowModReport> SHOW_MOD_REPORT =
            new MessageType<>("moderation.ShowModReport.v1", ShowModReport.class);
    public static final MessageType<ConfigureModeration> CONFIGURE_MODERATION =
            new MessageType<>("moderation.ConfigureModeration.v1", ConfigureModeration.class);
    public static final MessageType<TakeModAction> TAKE_MOD_ACTION =
            new MessageType<>("moderation.TakeModAction.v1", TakeModAction.class);
    public static final MessageType<ModActionTaken> MOD_ACTION_TAKEN =
            new MessageType<>("moderation.ModActionTaken.v1", ModActionTaken.class);

    public static final MessageType<SetLogChannel> SET_LOG_CHANNEL =
            new MessageType<>("gateway.SetLogChannel.v1", SetLogChannel.class);
    public static final MessageType<LogChannelSet> LOG_CHANNEL_SET =
            new MessageType<>("gateway.LogChannelSet.v1", LogChannelSet.class);

    /** What services may ask the gateway to do on Discord, all on {@code discord.actions}. */
    public static final List<MessageType<? extends DiscordAction>> DISCORD_ACTIONS = List.of(EDIT_INTERACTION_REPLY,
            SEND_INTERACTION_FOLLOWUP, SEND_CHANNEL_MESSAGE, EDIT_CHANNEL_MESSAGE, DELETE_CHANNEL_MESSAGE,
            SEND_DIRECT_MESSAGE, MODERATE_MEMBER, TRACK_REACTIONS, COUNT_REACTIONS, CREATE_CHANNEL, CREATE_ROLE, DELETE_ROLE,
            PURGE_MESSAGES, POST_IN_THREAD);

    public static final List<MessageType<?>> ALL = List.of(SEND_PROBE, PROBE_ECHOED, SCHEDULE_TIMER, CANCEL_TIMER,
            TIMER_FIRED, CONFIGURE_JOB, ENROL_GUILD, RUN_JOB_NOW, JOB_TICKED, EDIT_INTERACTION_REPLY,
            SEND_INTERACTION_FOLLOWUP, SEND_CHANNEL_MESSAGE, EDIT_CHANNEL_MESSAGE, DELETE_CHANNEL_MESSAGE,
            SEND_DIRECT_MESSAGE, MODERATE_MEMBER, TRACK_REACTIONS, COUNT_REACTIONS, CREATE_CHANNEL, CREATE_ROLE, DELETE_ROLE, PURGE_MESSAGES, POST_IN_THREAD, REACTION_CHANGED, MEMBER_JOINED, MEMBER_LEFT,
            VOICE_STATE_CHANGED, MESSAGE_DELETED, MEMBERS_LISTED, REACTIONS_COUNTED, REACTIONS_UNCOUNTED, ACTION_PERFORMED,
            ACTION_REFUSED,
            OPEN_PROPOSAL, CAST_BALLOT, CLOSE_PROPOSAL, PROPOSAL_OPENED, BALLOT_CAST, PROPOSAL_CLOSED,
            CONFIGURE_CONSTITUTION, CONSTITUTION_CHANGED,
            MANAGE_CAMPAIGN, INVEST_TOKENS, STAGE_STARTED, TOKENS_INVESTED, STAGE_CLOSED,
            SUBMIT_WISH, MANAGE_WISHES, WISH_POSTED, WISH_VOTES_CHANGED, WISH_GRANTED, WISH_DECLINED, WISH_WITHDRAWN,
            PLAN_RAID, VOTE_RAID, CLOSE_RAID, RAID_PLANNED, RAID_VOTE_CHANGED, RAID_FINISHED, RAID_CANCELLED,
            CONFIGURE_RAIDS, SHOW_RAIDS, POST_RAID_BOARD, CANCEL_ALL_RAIDS, SAVE_TEMPLATE, REQUEST_BACKUP,
            VOICE_XP_GAINED,
            CLAIM_DAILY, SUMMON, CHANGE_ESPRIT, ARRANGE_TEAM, SHOW_ECONOMY, CHANGE_GAME_SETTINGS, GRANT_CURRENCY,
            OPEN_ESCALATION, CAST_MOD_VOTE, SHOW_MOD_REPORT, CONFIGURE_MODERATION, TAKE_MOD_ACTION,
            MOD_ACTION_TAKEN, SET_LOG_CHANNEL, LOG_CHANNEL_SET);

    private static final Map<String, MessageType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(MessageType::type, Function.identity()));

    /** The newest version is the one producers write. */
    private static final Map<Class<?>, MessageType<?>> BY_CLASS = ALL.stream().collect(
            Collectors.toUnmodifiableMap(MessageType::javaType, Function.identity(), MessageCatalog::newer));

    private MessageCatalog() {
    }

    public static Optional<MessageType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    @SuppressWarnings("unchecked")
    public static <T extends Message> MessageType<T> of(Class<T> javaType) {
        MessageType<?> type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not registered in the MessageCatalog");
        }
        return (MessageType<T>) type;
    }

    private static MessageType<?> newer(MessageType<?> a, MessageType<?> b) {
        return version(a) >= version(b) ? a : b;
    }

    private static int version(MessageType<?> t) {
        return Integer.parseInt(t.type().substring(t.type().lastIndexOf(".v") + 2));
    }
}
