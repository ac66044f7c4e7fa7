using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Registers the webhook with Telegram at start when <see cref="TelegramOptions.PublicUrl"/> is set (setWebhook:
/// the URL, the secret token, message and callback_query updates only). Telegram being unreachable does not stop the
/// host: the call is tried again with a growing, jittered delay until it succeeds or the host stops.</summary>
internal sealed class TelegramWebhookRegistration(
    TelegramBotClients clients, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramWebhookRegistration> logger)
    : BackgroundService
{
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var url = settings.PublicUrl!.ToString().TrimEnd('/') + TelegramChannelExtensions.Route;
        var delay = settings.WebhookRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await clients.Create().SetWebhook(url, allowedUpdates: AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: stoppingToken);
                logger.WebhookRegistered(TelegramChannelExtensions.Route, "message, callback_query");
                return;
            }
            catch (Exception exception) when (TelegramFailure.From(exception) is { } failure)
            {
                var wait = delay * (0.8 + (Random.Shared.NextDouble() * 0.4));
                logger.WebhookRegistrationFailed(failure.Reason, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.WebhookRetryMaxDelay.Ticks));
            }
        }
    }
}
