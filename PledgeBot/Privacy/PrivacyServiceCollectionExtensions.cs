using PledgeBot.Dialogs.Ports;
using PledgeBot.Secrets;

namespace PledgeBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Keyed pseudonyms of channel ids (<see cref="HmacPseudonymizer"/>) and the generated keys shared through
    /// the store that they and the signers use. Needs the store (AddStore).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddGeneratedKeys();
        services.AddSingleton<IPseudonymizer, HmacPseudonymizer>();
        return services;
    }
}
