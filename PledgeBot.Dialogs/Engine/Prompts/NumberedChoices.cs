using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Options that the text tells the user to answer by number ("gõ số thứ tự (1, 2, 3…)") show those numbers,
/// the same way on every channel: as a numbered list in the text, under the question. The buttons keep the content's
/// own labels: a button sends its title back as the user's message, and the safety check knows the campaign's labels
/// as answers, not reports ("3. Say no and block" would be read as a message of its own).</summary>
public static class NumberedChoices
{
    /// <summary>Below this many options nobody types a number ("yes"/"no").</summary>
    public const int MinOptions = 3;

    public static string Marker(int index, bool letters) =>
        letters ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1. Red\n2. Blue\n3. Green", or null for fewer than <see cref="MinOptions"/> options.</summary>
    public static string? List(IReadOnlyList<string> titles, bool letters = false)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return titles.Count < MinOptions ? null : string.Join('\n', titles.Select((title, i) => $"{Marker(i, letters)}. {title}"));
    }

    /// <summary>Asks <paramref name="question"/> with <paramref name="titles"/> as buttons; with a hint (which tells the
    /// user to type a number), the numbered list comes under the question.</summary>
    public static Activity Ask(TurnContext turn, string question, TextKey? hint, IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var list = hint is null ? null : List(titles);
        var text = list is null ? question : $"{question}\n{list}";
        return PromptText.Ask(turn, text, hint, Buttons(titles));
    }

    public static SuggestedActions Buttons(IEnumerable<string> titles) =>
        new() { Actions = [.. titles.Select(title => CardAction.ImBack(title, title))] };
}
