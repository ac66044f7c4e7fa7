using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The Zalo Official Account channel (<c>Channels:Zalo</c>, docs/channels/zalo.md). It is on when any of its
/// secrets is set; <see cref="OaId"/> alone only gives referral codes their OA link (ChannelLinksOptions reads it
/// too).</summary>
public sealed class ZaloOptions : IValidatableObject
{
    public const string Section = "Channels:Zalo";

    /// <summary>The OA's numeric id: the recipient of inbound events and part of each conversation id.</summary>
    public string? OaId { get; set; }

    /// <summary>The Zalo app linked to the OA; inbound events carry it as <c>app_id</c>.</summary>
    public string? AppId { get; set; }

    /// <summary>The OA secret key of the app–OA link: the key of the webhook MAC.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The app's secret key, sent as <c>secret_key</c> when refreshing the access token.</summary>
    public string? AppSecretKey { get; set; }

    /// <summary>The first refresh token; used only while the store holds none (each refresh returns the next one).</summary>
    public string? RefreshToken { get; set; }

    [Url]
    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    [Url]
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Outbound messages per second for the OA (no number is published; -32 is Zalo's answer when over).</summary>
    [Range(0.1, 1000)]
    public double MessagesPerSecond { get; set; } = 10;

    /// <summary>How far an event's timestamp may be from now, either way, before it counts as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Buttons on one message [unverified: 5].</summary>
    [Range(2, 20)]
    public int SuggestedActionLimit { get; set; } = 5;

    /// <summary>Characters of text in one message [unverified: 2000]; longer text is split over several messages.</summary>
    [Range(100, 10_000)]
    public int TextLimit { get; set; } = 2000;

    /// <summary>Attempts per message on a transient failure (HTTP 5xx, timeouts, -32), the first one included.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry's median delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts and delays of one message together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long before the access token expires it is refreshed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "12:00:00")]
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the background refresher looks at the stored token's expiry.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>On when any secret is set; then all of them must be.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AppId) || !string.IsNullOrWhiteSpace(SecretKey)
        || !string.IsNullOrWhiteSpace(AppSecretKey) || !string.IsNullOrWhiteSpace(RefreshToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        foreach (var (name, value) in new[]
        {
            (nameof(OaId), OaId), (nameof(AppId), AppId), (nameof(SecretKey), SecretKey),
            (nameof(AppSecretKey), AppSecretKey), (nameof(RefreshToken), RefreshToken),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"{Section}:{name} is required once the Zalo channel is configured.", [name]);
            }
        }

        if (TotalTimeout <= AttemptTimeout)
        {
            yield return new ValidationResult("TotalTimeout must be longer than AttemptTimeout.", [nameof(TotalTimeout), nameof(AttemptTimeout)]);
        }
    }
}
