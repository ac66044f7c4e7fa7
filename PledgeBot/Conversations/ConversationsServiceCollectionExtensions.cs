namespace PledgeBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>Sends outside a user's turn (<see cref="IProactiveSender"/>); needs the Connector, Direct Line and
    /// native channels registered.</summary>
    public static IServiceCollection AddProactiveSends(this IServiceCollection services)
    {
        services.AddSingleton<IProactiveSender, ProactiveSender>();
        return services;
    }
}
