using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>The native Telegram channel (docs/channels/telegram.md). Without <c>Channels:Telegram:BotToken</c> it is
/// off: the webhook answers 404 and no client, queue reader or setWebhook call exists for it.</summary>
public static class TelegramChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/telegram";

    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(settings[nameof(TelegramOptions.BotToken)]))
        {
            return services;
        }

        services.AddHttpClient(TelegramBotClients.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The Bot API never redirects; following one would carry the token in the path to an address nobody checked.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // Bot API URLs carry the bot token and bodies carry chat ids and text: no default request logging.
            .RemoveAllLoggers()
            .AddResilienceHandler(TelegramResilience.PipelineName, TelegramResilience.Configure);
        services.AddSingleton<TelegramBotClients>();
        services.AddSingleton<TelegramCallbackData>();
        services.AddSingleton<TelegramKeyboardTitles>();
        services.AddSingleton<TelegramReplyPlan>();
        services.AddSingleton<TelegramUpdates>();
        services.AddChannelRateLimiter<TelegramOptions>(TelegramAdapter.Channel, settings => new(settings.PerChatPerSecond, settings.OverallPerSecond));
        services.AddSingleton<TelegramAdapter>();
        services.AddSingleton<IChannelAdapter>(provider => provider.GetRequiredService<TelegramAdapter>());
        services.AddSingleton<TelegramCallbackAnswers>();
        services.AddHostedService(provider => provider.GetRequiredService<TelegramCallbackAnswers>());
        services.AddChannelWebhook<TelegramWebhook>();
        if (!string.IsNullOrWhiteSpace(settings[nameof(TelegramOptions.PublicUrl)]))
        {
            services.AddHostedService<TelegramWebhookRegistration>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapTelegramChannel(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Asked without building it: the webhook's parts reach the store, which starts with the host, not here.
        if (app.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(TelegramWebhook)))
        {
            app.ServiceProvider.GetRequiredService<ILogger<TelegramWebhook>>().ChannelOn(
                Route, app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value.PublicUrl is not null);
        }

        app.MapChannelWebhook<TelegramWebhook, Update>(Route);
        return app;
    }
}
