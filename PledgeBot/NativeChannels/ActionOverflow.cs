using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.NativeChannels;

/// <summary>CHANNELS.md §4, too many actions: over a platform's limit the first N−1 stay, a last "Thêm… / More…"
/// action brings the rest, and every option is also written as a numbered list (the dialogs accept "1", "2", …), so
/// nothing is dropped silently.</summary>
public static class ActionOverflow
{
    /// <summary>What the "More…" action sends back; <see cref="ChannelTurns"/> answers it with the rest.</summary>
    public const string MoreValue = "/more";

    /// <summary>The text of the reply that answers a "More…" tap with the rest of the options.</summary>
    public static string RestText(string? locale) => English(locale) ? "More options:" : "Các lựa chọn khác:";

    /// <summary>True for the reply that answers a "More…" tap: its options were numbered in full by the message before,
    /// so an adapter must not number them again from 1.</summary>
    public static bool IsRestReply(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return string.Equals(reply.Text, RestText("vi"), StringComparison.Ordinal) || string.Equals(reply.Text, RestText("en"), StringComparison.Ordinal);
    }

    public static string MoreTitle(string? locale) =>
        English(locale) ? "More…" : "Thêm…";

    /// <summary>True when an incoming text is a tap on "More…" (its value, or its title where a platform sends titles).</summary>
    public static bool IsMore(string? text) =>
        text is not null
        && (string.Equals(text.Trim(), MoreValue, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text.Trim(), MoreTitle("vi"), StringComparison.Ordinal)
            || string.Equals(text.Trim(), MoreTitle("en"), StringComparison.Ordinal));

    public static ActionFit Fit(IReadOnlyList<CardAction> actions, int limit, string? locale)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        if (actions.Count <= limit)
        {
            return new ActionFit(actions, [], null);
        }

        var kept = actions.Take(limit - 1).ToList();
        kept.Add(CardAction.ImBack(MoreTitle(locale), MoreValue));
        return new ActionFit(kept, actions.Skip(limit - 1).ToArray(), NumberedList(actions));
    }

    /// <summary>"1. Title" lines for every action, in order, as the dialogs number their options.</summary>
    public static string NumberedList(IReadOnlyList<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = new StringBuilder();
        for (var i = 0; i < actions.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {actions[i].Title ?? actions[i].ValueText}").Append('\n');
        }

        return list.ToString().TrimEnd('\n');
    }

    /// <summary>The reply's text with the numbered list after it.</summary>
    public static string WithList(string? text, ActionFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.NumberedList is null ? text ?? string.Empty
            : string.IsNullOrWhiteSpace(text) ? fit.NumberedList
            : $"{text}\n\n{fit.NumberedList}";
    }

    private static bool English(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
