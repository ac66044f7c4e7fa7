using System.Globalization;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>A chat in the console as its hash holds it. No names and no text: the conversation's state key, channel,
/// language, risk, times, the encrypted reference to reach the user, and which counsellor key (by id) holds it.</summary>
public sealed record CounselItem(
    string Id,
    string Channel,
    string Language,
    RiskLevel Risk,
    IReadOnlyList<string> Categories,
    DateTimeOffset Since,
    DateTimeOffset LastUserMessage,
    string? ClaimedBy,
    DateTimeOffset? ClaimedAt,
    string? Reference)
{
    public static class Fields
    {
        public const string Conversation = "k";
        public const string Channel = "ch";
        public const string Language = "l";
        public const string Risk = "r";
        public const string Categories = "cat";
        public const string Since = "s";
        public const string Score = "sc";
        public const string WaitFrom = "w";
        public const string LastUser = "u";
        public const string Reference = "ref";
        public const string ClaimedBy = "by";
        public const string ClaimedAt = "at";
        public const string TimedOut = "t";
    }

    public static CounselItem? From(string id, HashEntry[] entries)
    {
        if (entries.Length == 0)
        {
            return null;
        }

        var fields = entries.ToDictionary(entry => (string)entry.Name!, entry => (string?)entry.Value);
        var since = Time(fields.GetValueOrDefault(Fields.Since)) ?? DateTimeOffset.UnixEpoch;
        var claimedBy = fields.GetValueOrDefault(Fields.ClaimedBy);
        return new CounselItem(
            id,
            fields.GetValueOrDefault(Fields.Channel) ?? string.Empty,
            fields.GetValueOrDefault(Fields.Language) ?? "vi",
            int.TryParse(fields.GetValueOrDefault(Fields.Risk), out var risk) && Enum.IsDefined((RiskLevel)risk) ? (RiskLevel)risk : RiskLevel.None,
            (fields.GetValueOrDefault(Fields.Categories) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            since,
            Time(fields.GetValueOrDefault(Fields.LastUser)) ?? since,
            string.IsNullOrEmpty(claimedBy) ? null : claimedBy,
            Time(fields.GetValueOrDefault(Fields.ClaimedAt)),
            fields.GetValueOrDefault(Fields.Reference));
    }

    public static string Milliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(string? milliseconds) =>
        long.TryParse(milliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : null;
}
