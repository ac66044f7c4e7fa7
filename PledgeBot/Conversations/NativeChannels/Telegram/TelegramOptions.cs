using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>The native Telegram channel (<c>Channels:Telegram</c>, docs/channels/telegram.md). Without a bot token
/// the channel is off: its webhook answers 404 and nothing runs for it.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string Section = "Channels:Telegram";

    /// <summary>The token BotFather gave, <c>&lt;bot id&gt;:&lt;secret&gt;</c>.</summary>
    public string? BotToken { get; set; }

    /// <summary>The <c>secret_token</c> given to setWebhook; Telegram sends it back in
    /// <c>X-Telegram-Bot-Api-Secret-Token</c> on every delivery. Required with a token.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The host's public HTTPS base address; when set, the host registers
    /// <c>{PublicUrl}/api/channels/telegram</c> with setWebhook at start.</summary>
    public Uri? PublicUrl { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    /// <summary>The bot's user name, as in <c>https://t.me/{name}</c>, for referral links (read from the old
    /// <c>Channels:TelegramBotName</c> while this is unset). Alone it does not turn the native channel on.</summary>
    [RegularExpression(@"^[A-Za-z0-9_]{5,32}$", ErrorMessage = "Channels:Telegram:BotName is a bot user name (5–32 letters, digits, '_').")]
    public string? BotName { get; set; }

    /// <summary>Messages per second to one chat (Telegram's FAQ: about one); 0 turns the per-chat limit off.</summary>
    [Range(0d, 1000d)]
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages per second for the whole bot (Telegram's FAQ: about 30).</summary>
    [Range(0.1d, 10_000d)]
    public double OverallPerSecond { get; set; } = 25;

    /// <summary>Attempts per Bot API call, the first one included.</summary>
    [Range(2, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry's median delay after a 5xx or a lost connection; later ones grow, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429's <c>retry_after</c> longer than this is not waited for: the reply is given up.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first wait before setWebhook is tried again when Telegram cannot be reached at start; it doubles
    /// up to <see cref="WebhookRetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "06:00:00")]
    public TimeSpan WebhookRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The bot's own user id: the digits before ':' in the token (Telegram's documented token shape).</summary>
    public string BotId => BotToken is { } token && token.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
        ? token[..colon]
        : string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            if (!string.IsNullOrEmpty(WebhookSecret) || PublicUrl is not null)
            {
                yield return new ValidationResult(
                    "Channels:Telegram:BotToken is required when WebhookSecret or PublicUrl is set.", [nameof(BotToken)]);
            }

            yield break;
        }

        if (!TokenShape().IsMatch(BotToken!))
        {
            yield return new ValidationResult("Channels:Telegram:BotToken is not a bot token (<digits>:<secret>).", [nameof(BotToken)]);
        }

        if (WebhookSecret is null || !SecretShape().IsMatch(WebhookSecret))
        {
            yield return new ValidationResult(
                "Channels:Telegram:WebhookSecret is required with a bot token: 1–256 characters of A-Z a-z 0-9 _ -.",
                [nameof(WebhookSecret)]);
        }

        if (PublicUrl is { } publicUrl && (!publicUrl.IsAbsoluteUri || publicUrl.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Channels:Telegram:PublicUrl must be an absolute https address.", [nameof(PublicUrl)]);
        }

        if (!ApiBaseUrl.IsAbsoluteUri)
        {
            yield return new ValidationResult("Channels:Telegram:ApiBaseUrl must be an absolute address.", [nameof(ApiBaseUrl)]);
        }
    }

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex TokenShape();

    // setWebhook's secret_token: 1–256 characters of A-Z a-z 0-9 _ - (Telegram Bot API, setWebhook).
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
