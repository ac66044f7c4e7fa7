using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Campaign.Links;
using PledgeBot.Secrets;

namespace PledgeBot.Campaign.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Pledge cards and the campaign's public links: options, signer, fonts, renderer, cache and
    /// <see cref="ICampaignLinks"/>.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CardsOptions>().BindConfiguration(CardsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CardSigner>().LoadAtStart<CardSigner>();
        services.AddSingleton<CardFonts>();
        services.AddSingleton<PledgeCardRenderer>();
        services.AddSingleton<PledgeCardCache>();
        services.AddSingleton<ICampaignLinks, CampaignLinks>();
        return services;
    }
}
