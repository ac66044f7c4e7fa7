using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>Registers the one turn runner every way in shares (<c>AddMessages</c>, <c>AddDirectLine</c> and
    /// <c>AddChannels</c> call it).</summary>
    public static IServiceCollection AddTurnRunner(this IServiceCollection services)
    {
        services.TryAddSingleton<TurnRunner>();
        return services;
    }

    /// <summary>Sends outside a user's turn (<see cref="IProactiveSender"/>); needs the Connector, Direct Line and
    /// native channels registered.</summary>
    public static IServiceCollection AddProactiveSends(this IServiceCollection services)
    {
        services.AddSingleton<IProactiveSender, ProactiveSender>();
        return services;
    }
}
