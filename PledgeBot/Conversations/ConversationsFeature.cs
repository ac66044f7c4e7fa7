using PledgeBot.Auth;
using PledgeBot.Conversations.Connector;
using PledgeBot.Conversations.DirectLine;
using PledgeBot.Conversations.Messages;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Conversations;

/// <summary>Every way a message comes in and a reply goes out: Bot Framework authentication and the Connector,
/// <c>/api/messages</c>, the host's own Direct Line, the native channels and sends outside a turn.</summary>
public static class ConversationsFeature
{
    public static IServiceCollection AddConversationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotAuth(configuration);
        services.AddConnector();
        services.AddMessages();
        services.AddDirectLine();
        services.AddChannels(configuration);
        services.AddProactiveSends();
        return services;
    }

    /// <summary>The web sockets, rate limits and static files the ways in need, then their routes.</summary>
    public static WebApplication MapConversationsFeature(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDirectLine();
        app.MapMessages();
        app.MapDirectLine();
        app.MapChannels();
        return app;
    }
}
