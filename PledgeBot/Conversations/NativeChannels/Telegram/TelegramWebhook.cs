using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary><c>POST /api/channels/telegram</c> in the channel template (docs/channels/telegram.md): the secret header
/// is checked before the body is read (an empty 401 when it is missing or wrong), one <see cref="Update"/> is read
/// (400 when malformed), and a button tap's callback query is answered whatever becomes of its turn.</summary>
internal sealed class TelegramWebhook(
    IOptions<TelegramOptions> options,
    TelegramUpdates updates,
    TelegramAdapter adapter,
    TelegramCallbackAnswers answers,
    ILogger<TelegramWebhook> logger) : IChannelWebhook<Update>
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const int BodyLimit = 256 * 1024;

    private readonly byte[] _secretDigest = Digest(options.Value.WebhookSecret ?? string.Empty);

    public ChannelWebhookProfile Profile { get; } =
        new(TelegramAdapter.Channel, BodyLimit, MalformedReason: "malformed-update", MalformedTitle: "Malformed update", TooLargeOutcome: "too-large");

    public IChannelAdapter Adapter => adapter;

    // Registered only with a bot token (TelegramChannelExtensions), so when it exists it is on.
    public bool IsEnabled => options.Value.IsConfigured;

    public string? RefuseHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValue(SecretHeader, out var secret) || secret.Count != 1)
        {
            return "secret-missing";
        }

        // Digests of equal length make the comparison constant-time whatever the length of what was sent.
        return CryptographicOperations.FixedTimeEquals(Digest(secret[0] ?? string.Empty), _secretDigest) ? null : "secret-mismatch";
    }

    public string? RefuseBody(IHeaderDictionary headers, ReadOnlySpan<byte> body) => null;

    public ChannelParse<Update> Parse(byte[] body)
    {
        if (Read(body) is not { Id: > 0 } update)
        {
            return new(null, "The body is not a Telegram update with an update_id, in valid JSON.");
        }

        return TelegramUpdateShape.Missing(update) is { } missing ? new(null, $"The update has no {missing}.") : new(update);
    }

    public string? RefuseUpdate(Update update) => null;

    public async ValueTask<ChannelArrival> MapAsync(Update update, CancellationToken cancellationToken)
    {
        var arrival = await updates.ReadAsync(update, cancellationToken);
        if (arrival.CallbackQueryId is { } callback)
        {
            answers.Enqueue(callback, arrival.CallbackNote);
        }

        return arrival.Activity is { } activity ? ChannelArrival.Of(activity) : ChannelArrival.Ignore(arrival.Ignored ?? "unknown");
    }

    public void LogIgnored(string kind) => logger.UpdateIgnored(kind);

    private static Update? Read(byte[] body)
    {
        try
        {
            // Strict, and a converter's own exception (a date of 2^53 seconds) is a malformed update too.
            return StrictJson.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
