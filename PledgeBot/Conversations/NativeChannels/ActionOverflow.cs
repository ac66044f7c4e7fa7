using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Too many actions (docs/channels/*.md, "Replies"): over a platform's limit the first N−1 stay, a last
/// "Thêm… / More…" action brings the rest, and every option is also written as a numbered list (the dialogs accept
/// "1", "2", …), so nothing is dropped silently.</summary>
public static class ActionOverflow
{
    /// <summary>What the "More…" action sends back; <see cref="ChannelTurns"/> answers it with the rest.</summary>
    public const string MoreValue = "/more";

    /// <summary>The text of the reply that answers a "More…" tap with the rest of the options.</summary>
    public static string RestText(ContentCatalog content, string? locale) => Say(content, locale, ChannelText.MoreOptions);

    /// <summary>True for the reply that answers a "More…" tap: its options were numbered in full by the message before,
    /// so an adapter must not number them again from 1.</summary>
    public static bool IsRestReply(ContentCatalog content, Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return InEitherLanguage(content, ChannelText.MoreOptions, reply.Text);
    }

    public static string MoreTitle(ContentCatalog content, string? locale) => Say(content, locale, ChannelText.More);

    /// <summary>True when an incoming text is a tap on "More…" (its value, or its title where a platform sends titles).</summary>
    public static bool IsMore(ContentCatalog content, string? text) =>
        text is not null
        && (string.Equals(text.Trim(), MoreValue, StringComparison.OrdinalIgnoreCase) || InEitherLanguage(content, ChannelText.More, text.Trim()));

    public static ActionFit Fit(ContentCatalog content, IReadOnlyList<CardAction> actions, int limit, string? locale)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        if (actions.Count <= limit)
        {
            return new ActionFit(actions, [], null);
        }

        var kept = actions.Take(limit - 1).ToList();
        kept.Add(CardAction.ImBack(MoreTitle(content, locale), MoreValue));
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

    private static string Say(ContentCatalog content, string? locale, TextKey key)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Get(Languages.FromLocale(locale), key);
    }

    private static bool InEitherLanguage(ContentCatalog content, TextKey key, string? text)
    {
        ArgumentNullException.ThrowIfNull(content);
        return text is not null
            && (string.Equals(text, content.Get(Language.Vietnamese, key), StringComparison.Ordinal)
                || string.Equals(text, content.Get(Language.English, key), StringComparison.Ordinal));
    }
}
