namespace PledgeBot.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>What the public pages and the staff console share: HEAD answered as GET, the public-address check.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.AddTransient<IStartupFilter, HeadRequestsStartupFilter>();
        services.AddSingleton<PublicAddressCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<PublicAddressCheck>());
        return services;
    }
}
