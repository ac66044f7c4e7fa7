using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>The Facebook Page the Messenger adapter speaks for (<c>Channels:Messenger</c>, docs/channels/messenger.md).
/// With none of the three secrets set the channel is off; with some but not all, the app does not start.</summary>
public sealed class MessengerOptions : IValidatableObject
{
    public const string Section = "Channels:Messenger";

    /// <summary>The Page access token the Send API takes as <c>access_token</c>.</summary>
    public string? PageAccessToken { get; set; }

    /// <summary>The Meta app's secret, the key of the webhook's <c>X-Hub-Signature-256</c>.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The token typed into the app's webhook settings, echoed back in the <c>hub.*</c> verification.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The Page's user name, as in <c>https://m.me/{name}</c>, for referral links (read from the old
    /// <c>Channels:MessengerPageName</c> while this is unset). Alone it does not turn the native channel on.</summary>
    [RegularExpression(@"^[A-Za-z0-9.\-]{1,100}$", ErrorMessage = "Channels:Messenger:PageName is a page user name (letters, digits, '.', '-').")]
    public string? PageName { get; set; }

    [RegularExpression(@"^v\d{1,3}\.\d{1,2}$", ErrorMessage = "Channels:Messenger:GraphVersion looks like v25.0.")]
    public string GraphVersion { get; set; } = "v25.0";

    public Uri ApiBaseUrl { get; set; } = new("https://graph.facebook.com");

    /// <summary>Send API calls per second for the Page (Meta's Send API allows about 300 for text).</summary>
    [Range(0.1, 10_000)]
    public double MessagesPerSecond { get; set; } = 250;

    /// <summary>Attempts per message, the first one included.</summary>
    [Range(2, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry's median delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts and delays of one message together.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:05:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured =>
        !string.IsNullOrEmpty(PageAccessToken) || !string.IsNullOrEmpty(AppSecret) || !string.IsNullOrEmpty(VerifyToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && (string.IsNullOrEmpty(PageAccessToken) || string.IsNullOrEmpty(AppSecret) || string.IsNullOrEmpty(VerifyToken)))
        {
            yield return new ValidationResult(
                "Channels:Messenger needs PageAccessToken, AppSecret and VerifyToken together (or none, to leave Messenger off).",
                [nameof(PageAccessToken), nameof(AppSecret), nameof(VerifyToken)]);
        }

        if (!ApiBaseUrl.IsAbsoluteUri || (ApiBaseUrl.Scheme != Uri.UriSchemeHttps && ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Channels:Messenger:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }

        if (TotalTimeout <= AttemptTimeout)
        {
            yield return new ValidationResult(
                "Channels:Messenger:TotalTimeout must be longer than AttemptTimeout, or no attempt could be retried.",
                [nameof(TotalTimeout), nameof(AttemptTimeout)]);
        }
    }
}
