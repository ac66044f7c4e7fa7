using PledgeBot.Campaign.Cards;
using PledgeBot.Campaign.Live;
using PledgeBot.Campaign.Page;
using PledgeBot.Campaign.Stats;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Campaign;

/// <summary>What the campaign shows the public: pledges and their counts, the pledge cards, the live counter and the
/// campaign page.</summary>
public static class CampaignFeature
{
    public static IServiceCollection AddCampaignFeature(this IServiceCollection services)
    {
        services.AddCampaign();
        services.AddCards();
        services.AddLive();
        services.AddSingleton<CampaignPage>();
        return services;
    }

    public static WebApplication MapCampaignFeature(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStats();
        app.MapCards();
        app.MapLive();
        app.MapCampaignPage();
        return app;
    }
}
