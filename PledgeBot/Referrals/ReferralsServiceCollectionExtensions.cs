using PledgeBot.Secrets;

namespace PledgeBot.Referrals;

public static class ReferralsServiceCollectionExtensions
{
    /// <summary>The staff side of referral codes, their links, QR codes and signed stats pages (needs <c>AddStore</c>,
    /// <c>AddCampaign</c>, <c>AddCards</c> for Campaign options, and <c>AddStaff</c>).</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddOptions<ReferralsOptions>().BindConfiguration(ReferralsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChannelLinksOptions>().BindConfiguration(ChannelLinksOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddChannelLinkNames();
        services.AddSingleton<ReferralStatsSigner>().LoadAtStart<ReferralStatsSigner>();
        services.AddSingleton<ReferralLinks>();
        services.AddSingleton<ReferralViews>();
        services.AddSingleton<RedisReferralCatalog>();
        services.AddSingleton<ReferralAudit>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ReferralsJsonContext.Default));
        return services;
    }
}
