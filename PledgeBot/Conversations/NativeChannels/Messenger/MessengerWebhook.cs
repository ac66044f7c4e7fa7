using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Http;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary><c>POST /api/channels/messenger</c> in the channel template (docs/channels/messenger.md): Meta's HMAC over the
/// raw bytes, then the delivery's batched events read into activities, each queued, and Meta answered at once.</summary>
public sealed class MessengerWebhook(IOptions<MessengerOptions> options, MessengerAdapter adapter, ILogger<MessengerWebhook> logger)
    : IChannelWebhook<MessengerDelivery>
{
    /// <summary>Meta batches events, but a delivery stays small; more than this is not Meta.</summary>
    public const int BodyLimit = 256 * 1024;

    public ChannelWebhookProfile Profile { get; } = new(MessengerEvents.ChannelId, BodyLimit, MalformedReason: "malformed");

    public IChannelAdapter Adapter => adapter;

    public bool IsEnabled => options.Value.IsConfigured;

    public string? RefuseHeaders(IHeaderDictionary headers) => null;

    public string? RefuseBody(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return MessengerSignature.Refusal(headers[MessengerSignature.Header].ToString(), body, options.Value.AppSecret!);
    }

    public ChannelParse<MessengerDelivery> Parse(byte[] body) =>
        Read(body) is { } delivery ? new(delivery) : new(null, "The body is not a Messenger webhook delivery.");

    public string? RefuseUpdate(MessengerDelivery update) => null;

    public ValueTask<ChannelArrival> MapAsync(MessengerDelivery update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return ValueTask.FromResult(new ChannelArrival(update.Activities, update.Ignored));
    }

    public void LogIgnored(string kind) => logger.EventIgnored(kind);

    private static MessengerDelivery? Read(byte[] body)
    {
        try
        {
            // Strict: a lone surrogate or invalid UTF-8 in any field would fail later, in the turn or when stored.
            using var document = StrictJson.Parse(body);
            return MessengerEvents.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
