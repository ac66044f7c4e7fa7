namespace PledgeBot.Conversations.Connector;

/// <summary>Registers the Connector client: resilience outermost, then the token, then the socket.</summary>
public static class ConnectorServiceCollectionExtensions
{
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<ConnectorAuthorizationHandler>();
        var connector = services.AddHttpClient<ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // A Connector never redirects; following one would carry the bot's token to an address nobody validated.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The default HttpClient logs print full URLs, and Connector URLs carry conversation ids.
            .RemoveAllLoggers();

        // Handlers run in the order added: each retry passes through the token handler again.
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);
        connector.AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }
}
