using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Referrals;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Dialogs;

/// <summary>Registers the bot: content, flows, middleware in turn order, and the pipeline. The host adds the ports.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddPledgeBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.TryAddSingleton<IContentSource, EmbeddedContentSource>();
        services.AddOptions<FloodControlOptions>();
        services.AddOptions<HandoffOptions>();
        services.AddOptions<CounselOptions>();
        services.TryAddSingleton<ICounselQueue, NoCounselQueue>();
        services.AddSingleton<CounselDesk>();
        services.AddSingleton<TalkToSomeone>();
        services.AddSingleton<IHelpOffer>(provider => provider.GetRequiredService<TalkToSomeone>());
        services.AddSingleton<IMainMenu, MainMenuPort>();
        services.TryAddSingleton(_ => RiskClassifier.Shipped());
        services.TryAddSingleton<LocalTextAnalyzer>();
        services.TryAddSingleton<ITextAnalyzer>(provider => provider.GetRequiredService<LocalTextAnalyzer>());
        services.TryAddSingleton<SafetyCounts>();
        services.TryAddSingleton<IClassRoom, NoClassRoom>();

        services.AddSingleton<Flow, PledgeFlow>();
        services.AddSingleton<Flow, ProvinceFlow>();
        services.AddSingleton<Flow, QuizFlow>();
        services.AddSingleton<Flow, DeleteMyDataFlow>();
        services.AddSingleton<FlowCatalog>();
        services.AddSingleton<DialogStack>();

        // Order matters: errors are caught around everything; flood control runs before the store is touched.
        services.AddSingleton<ITurnMiddleware, TurnErrorMiddleware>();
        services.AddSingleton<ITurnMiddleware, FloodControlMiddleware>();
        services.AddSingleton<ITurnMiddleware, ConversationStateMiddleware>();
        services.AddSingleton<ITurnMiddleware, CounselMiddleware>(); // after state, before safety: a counsellor's chat is not the bot's
        services.AddSingleton<ITurnMiddleware, SafetyMiddleware>(); // after state: it resumes the open flow
        services.AddSingleton<ITurnMiddleware, Flows.Classes.ClassMiddleware>(); // before referrals: "/start class-…" is a class
        services.AddSingleton<ITurnMiddleware, Referrals.ReferralCaptureMiddleware>();
        services.AddSingleton<IBot, CampaignBot>();
        services.AddSingleton<TurnPipeline>();
        return services;
    }
}
