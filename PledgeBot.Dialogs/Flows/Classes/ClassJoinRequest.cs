using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Referrals;

namespace PledgeBot.Dialogs.Flows.Classes;

/// <summary>A request to join a class, in every shape a channel brings one: typed "LOP ABC234", "lớp abc234",
/// "class ABC234" or Zalo's "#LOP ABC234"; Telegram's <c>/start class-ABC234</c>; Messenger's <c>ref=class-ABC234</c>;
/// the web page's <c>webchat/join</c> event with <c>class</c>. <see cref="Code"/> is as given, not yet checked.</summary>
public sealed partial record ClassJoinRequest(string Code, string? Locale)
{
    private const string RefPrefix = "class-";

    public static ClassJoinRequest? Find(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, ReferralSources.JoinEventName, StringComparison.Ordinal))
        {
            return FromJoinEvent(activity.Value);
        }

        if (MessengerRef(activity.ChannelData) is { } reference)
        {
            return reference.StartsWith(RefPrefix, StringComparison.OrdinalIgnoreCase) ? new(reference[RefPrefix.Length..], null) : null;
        }

        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(activity.Text) || activity.Text.Length > 64)
        {
            return null;
        }

        var text = TextFolding.WellFormed(activity.Text.Trim()).Normalize(NormalizationForm.FormC);
        var match = Typed().Match(text);
        if (!match.Success)
        {
            match = Start().Match(text);
        }

        return match.Success ? new(match.Groups["code"].Value, null) : null;
    }

    private static ClassJoinRequest? FromJoinEvent(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } join
            || !join.TryGetProperty("class", out var code) || code.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(code.GetString()))
        {
            return null;
        }

        var locale = join.TryGetProperty("locale", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString() : null;
        return new(code.GetString()!.Trim(), locale);
    }

    // channelData.postback.referral.ref (a new thread) or channelData.referral.ref (an existing one).
    private static string? MessengerRef(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var holder = data.TryGetProperty("postback", out var postback) && postback.ValueKind == JsonValueKind.Object
            && postback.TryGetProperty("referral", out _) ? postback : data;
        return holder.TryGetProperty("referral", out var referral) && referral.ValueKind == JsonValueKind.Object
            && referral.TryGetProperty("ref", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()?.Trim()
            : null;
    }

    // "LOP ABC234", "lớp: abc234", "class ABC234", "#LOP ABC234" (Zalo posters): the word, then one 6-character code.
    [GeneratedRegex(@"^#?\s*(?:lop|lớp|class)\s*[:#-]?\s*(?<code>[A-Za-z0-9]{6})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex Typed();

    [GeneratedRegex(@"^/start(?:@\w+)?\s+class-(?<code>[A-Za-z0-9]{1,16})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex Start();
}
