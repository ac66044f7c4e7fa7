using Microsoft.AspNetCore.Authentication;
using PledgeBot.Secrets;

namespace PledgeBot.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>Staff API keys (<c>Staff</c> section), their authentication scheme and <see cref="StaffAuth.Policy"/>.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffKeys>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, StaffJsonContext.Default));
        services.AddSingleton<StaffAttemptLimiter>();
        services.LoadAtStart<StaffKeys>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StaffAuthenticationHandler>(StaffAuth.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffAuth.Policy, policy => policy.AddAuthenticationSchemes(StaffAuth.Scheme).RequireAuthenticatedUser());
        return services;
    }
}
