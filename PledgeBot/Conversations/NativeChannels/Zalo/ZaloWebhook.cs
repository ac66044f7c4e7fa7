using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Http;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary><c>POST /api/channels/zalo</c> in the channel template (docs/channels/zalo.md): the MAC on the raw bytes
/// first, then the event's app id and replay window, and the event's turn queued and Zalo answered at once (it
/// re-sends anything not answered within ~2 s).</summary>
internal sealed class ZaloWebhook(IOptions<ZaloOptions> options, ZaloAdapter adapter, TimeProvider clock, ILogger<ZaloWebhook> logger)
    : IChannelWebhook<ZaloEvent>
{
    public const int BodyLimit = 256 * 1024;

    public ChannelWebhookProfile Profile { get; } =
        new(ZaloActivities.ChannelId, BodyLimit, MalformedReason: "malformed", MalformedTitle: "Malformed event");

    public IChannelAdapter Adapter => adapter;

    public bool IsEnabled => options.Value.IsConfigured;

    public string? RefuseHeaders(IHeaderDictionary headers) => null;

    public string? RefuseBody(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var zalo = options.Value;
        return ZaloSignature.IsValid(body, headers[ZaloSignature.Header], zalo.AppId!, zalo.SecretKey!) ? null : "bad-signature";
    }

    public ChannelParse<ZaloEvent> Parse(byte[] body) =>
        Read(body) is { } zaloEvent ? new(zaloEvent) : new(null, "The body is not a Zalo event in valid JSON.");

    public string? RefuseUpdate(ZaloEvent update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var zalo = options.Value;
        if (!string.Equals(update.AppId, zalo.AppId, StringComparison.Ordinal))
        {
            return "other-app";
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)zalo.ReplayWindow.TotalMilliseconds;
        return update.Timestamp is not { } sent || sent < now - window || sent > now + window ? "outside-replay-window" : null;
    }

    public ValueTask<ChannelArrival> MapAsync(ZaloEvent update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);

        // Privacy: the bot never asks for name, phone or address; an answer is dropped without reading it.
        var arrival = update.EventName == ZaloEventNames.UserSubmitInfo ? ChannelArrival.Ignore(ZaloEventNames.UserSubmitInfo)
            : ZaloActivities.From(update, options.Value.OaId!) is { } activity ? ChannelArrival.Of(activity)
            : ChannelArrival.Ignore(EventNameForLog(update.EventName));
        return ValueTask.FromResult(arrival);
    }

    public void LogIgnored(string kind)
    {
        if (kind == ZaloEventNames.UserSubmitInfo)
        {
            logger.SubmitInfoDropped();
            return;
        }

        logger.EventIgnored(kind);
    }

    private static ZaloEvent? Read(byte[] body)
    {
        try
        {
            // Strict: verified bytes can still hold a lone surrogate or invalid UTF-8, which would fail the turn later.
            return StrictJson.Deserialize(body, ZaloJsonContext.Default.ZaloEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Event names are Zalo's own words; anything else is cut so a crafted name cannot flood the log.
    private static string EventNameForLog(string? name) =>
        name is null ? "none" : name.Length <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "other";
}
