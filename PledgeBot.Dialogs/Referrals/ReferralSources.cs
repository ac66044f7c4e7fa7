using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Referrals;

/// <summary>Where each channel puts a referral code: Telegram's <c>/start CODE</c>, Messenger's
/// referral in <c>channelData</c>, the web page's <c>webchat/join</c> event, and a typed <c>ma CODE</c> or <c>#CODE</c> anywhere.</summary>
public static partial class ReferralSources
{
    public const string JoinEventName = "webchat/join";

    /// <summary>The referral on <paramref name="activity"/>, or null when it carries none.</summary>
    public static ReferralArrival? Find(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (MessengerRef(activity.ChannelData) is { } messenger)
        {
            // A new thread's postback text is the Get Started payload, an existing thread's referral has no text.
            return new ReferralArrival(messenger, null, CaptureOnly: true, Typed: false);
        }

        if (activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, JoinEventName, StringComparison.Ordinal))
        {
            return JoinEvent(activity.Value);
        }

        return activity.IsType(ActivityTypes.Message) ? FromText(activity.Text) : null;
    }

    private static ReferralArrival? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        var trimmed = text.Trim().Normalize(NormalizationForm.FormC);
        if (StartCommand().Match(trimmed) is { Success: true } start)
        {
            var code = start.Groups["code"];
            return new ReferralArrival(code.Success ? code.Value : null, null, CaptureOnly: true, Typed: false);
        }

        return TypedCode().Match(trimmed) is { Success: true } typed
            ? new ReferralArrival(typed.Groups["code"].Value, null, CaptureOnly: true, Typed: true)
            : null;
    }

    // Messenger: channelData.postback.referral.ref (new thread) or channelData.referral.ref (existing thread); ads send
    // empty refs, which count as none.
    private static string? MessengerRef(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        if (data.TryGetProperty("postback", out var postback) && postback.ValueKind == JsonValueKind.Object
            && RefOf(postback) is { } fromPostback)
        {
            return fromPostback;
        }

        return RefOf(data);
    }

    private static string? RefOf(JsonElement container) =>
        container.TryGetProperty("referral", out var referral) && referral.ValueKind == JsonValueKind.Object
        && referral.TryGetProperty("ref", out var code) && code.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(code.GetString())
            ? code.GetString()!.Trim()
            : null;

    private static ReferralArrival? JoinEvent(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } join)
        {
            return null;
        }

        var code = StringOf(join, "ref");
        var locale = StringOf(join, "locale");
        return code is null && locale is null ? null : new ReferralArrival(code, locale, CaptureOnly: true, Typed: false);
    }

    private static string? StringOf(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(property.GetString())
            ? property.GetString()!.Trim()
            : null;

    // Telegram Bot API deep linking, plus a bare /start (Telegram Desktop, a chat already started): no referral then.
    [GeneratedRegex(@"^/start(?:@\w+)?(?:\s+(?<code>[A-Za-z0-9_-]{1,64}))?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex StartCommand();

    // "ma CODE", "mã: CODE", or a poster's "#CODE" (Zalo OA links cannot carry a code).
    [GeneratedRegex(@"^(?:(?:ma|mã)[\s:]+|#)(?<code>[A-Za-z0-9_-]{3,32})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex TypedCode();
}
