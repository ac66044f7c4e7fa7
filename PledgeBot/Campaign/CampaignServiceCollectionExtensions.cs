using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Campaign;

public static class CampaignServiceCollectionExtensions
{
    /// <summary>The campaign ledger and the referral registry on the store's Redis or Garnet (needs
    /// <c>AddStore</c>), and the public totals that <c>MapStats</c> serves.</summary>
    public static IServiceCollection AddCampaign(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICampaignLedger, RedisCampaignLedger>();
        services.AddSingleton<IReferralRegistry, RedisReferralRegistry>();
        services.AddSingleton<PublicStats>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, CampaignJsonContext.Default));
        return services;
    }
}
