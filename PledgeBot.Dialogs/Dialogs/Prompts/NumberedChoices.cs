using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Dialogs.Prompts;

/// <summary>Options that can be answered by number ("1", "2") or letter ("A", "B") show that number or letter, the
/// same way on every channel: on the buttons ("1. Say no") when every numbered title still fits a Messenger quick
/// reply, otherwise as a numbered list in the text under plain buttons.</summary>
public static class NumberedChoices
{
    /// <summary>Below this many options nobody types a number ("yes"/"no").</summary>
    public const int MinOptions = 3;

    public static string Marker(int index, bool letters) =>
        letters ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The button titles: numbered when they all fit, else as given.</summary>
    public static IReadOnlyList<string> Titles(IReadOnlyList<string> titles, bool letters = false)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count < MinOptions)
        {
            return titles;
        }

        var numbered = titles.Select((title, i) => $"{Marker(i, letters)}. {title}").ToArray();
        return numbered.All(title => title.Length <= CampaignListRules.MaxLabelLength) ? numbered : titles;
    }

    /// <summary>The numbered list to add under the question when the buttons could not carry the numbers.</summary>
    public static string? List(IReadOnlyList<string> titles, bool letters = false)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return titles.Count < MinOptions || !ReferenceEquals(Titles(titles, letters), titles)
            ? null
            : string.Join('\n', titles.Select((title, i) => $"{Marker(i, letters)}. {title}"));
    }

    /// <summary>Asks <paramref name="question"/> with <paramref name="titles"/> numbered one way or the other.</summary>
    public static Activity Ask(TurnContext turn, string question, TextKey? hint, IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var list = List(titles);
        var text = list is null ? question : $"{question}\n{list}";
        return PromptText.Ask(turn, text, hint, Buttons(Titles(titles)));
    }

    public static SuggestedActions Buttons(IEnumerable<string> titles) =>
        new() { Actions = [.. titles.Select(title => CardAction.ImBack(title, title))] };
}
