using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Conversations;

/// <summary>Registers the one turn runner every way in shares (<c>AddMessages</c>, <c>AddDirectLine</c> and
/// <c>AddChannels</c> call it).</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddTurnRunner(this IServiceCollection services)
    {
        services.TryAddSingleton<TurnRunner>();
        return services;
    }
}
