using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Telegram.Bot clients over the factory's <see cref="HttpClientName"/> client (resilience, no logging). A client
/// is made per use, so handler rotation keeps working; the library's own 429 retry is off, the resilience handler owns
/// every retry.</summary>
internal sealed class TelegramBotClients(IHttpClientFactory httpClients, IOptions<TelegramOptions> options)
{
    public const string HttpClientName = "telegram";

    public ITelegramBotClient Create()
    {
        var settings = options.Value;
        var clientOptions = new TelegramBotClientOptions(settings.BotToken!, settings.ApiBaseUrl.ToString().TrimEnd('/'))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        return new TelegramBotClient(clientOptions, httpClients.CreateClient(HttpClientName));
    }
}
