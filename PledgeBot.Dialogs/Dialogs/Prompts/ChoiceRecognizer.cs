using System.Globalization;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Dialogs.Prompts;

/// <summary>Finds which of the offered choices a typed answer means: by number or letter ("2", "b"), by title or
/// synonym in either language, then loosely, then by a unique phrase inside a longer sentence.</summary>
public static class ChoiceRecognizer
{
    public static string? Recognize(string input, IReadOnlyList<string> choiceIds, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(choiceIds);
        ArgumentNullException.ThrowIfNull(content);
        var match = new PhraseMatch(input);
        if (match.IsEmpty)
        {
            return null;
        }

        if (ByPosition(match.Folded, choiceIds.Count) is { } position)
        {
            return choiceIds[position];
        }

        return First(choiceIds, content, match.Is)
            ?? First(choiceIds, content, match.IsLoosely)
            ?? Unique(choiceIds, content, match.Contains);
    }

    private static int? ByPosition(string folded, int count)
    {
        var token = folded.StartsWith("so ", StringComparison.Ordinal) ? folded[3..] : folded;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= count)
        {
            return number - 1;
        }

        // Letters (A/B/C) only where there are three or more options: "b" is not an answer to yes or no.
        if (token.Length == 1 && token[0] is >= 'a' and <= 'z' && token[0] - 'a' < count && count > 2)
        {
            return token[0] - 'a';
        }

        return null;
    }

    private static string? First(IReadOnlyList<string> choiceIds, ContentCatalog content, Func<string, bool> matches) =>
        choiceIds.FirstOrDefault(id => content.ChoicePhrases(id).Any(matches));

    private static string? Unique(IReadOnlyList<string> choiceIds, ContentCatalog content, Func<string, bool> matches)
    {
        var found = choiceIds.Where(id => content.ChoicePhrases(id).Any(matches)).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
