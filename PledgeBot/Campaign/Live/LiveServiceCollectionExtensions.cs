namespace PledgeBot.Campaign.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The live counter: its options (<c>Live</c> section), the streams' broadcast and the one poller per
    /// instance (needs <c>AddCampaign</c> for the public totals and <c>AddReferrals</c> for the join links).</summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiveBroadcast>();
        services.AddSingleton<LivePage>();
        services.AddHostedService<LivePoller>();
        return services;
    }
}
